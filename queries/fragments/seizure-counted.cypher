// The seizures that count toward a place's total (a port's, a state's, a route's), so that no
// quantity is summed twice: a seizure about the place (seizure-about) counts unless a seizure it is
// a part of (PART_OF, at any depth) counts for the same place. So a port's yearly total counts at the
// port, not its breakdown by origin country; the breakdown counts for its origin state, which the
// total does not name; what a total does not attribute stays unattributed. Invented facts (graded F)
// count only with includeIllustrative, and then a part of an invented total counts in its stead.
// parameters: seizure, place, includeIllustrative
({{seizure-about({seizure}, {place})}}
 AND ({includeIllustrative} OR NOT {{illustrative({seizure})}})
 AND NOT EXISTS { MATCH ({seizure})-[:PART_OF]->+(countedWhole:Seizure)
                  WHERE {{seizure-about(countedWhole, {place})}}
                    AND ({includeIllustrative} OR NOT {{illustrative(countedWhole)}}) })
