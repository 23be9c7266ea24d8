// A treaty of a state compared that is one of its bilateral treaties in force on a date, as
// bilateral-treaties-by-state groups them: a home-side party (read first: at ten times national
// scale most of a big state's treaties are with others), in force (treaty-in-force) and bilateral
// (bilateral).
// parameters: treaty, homeSide, on
(EXISTS { MATCH (homeParty)-[:PARTY_TO]->({treaty}) WHERE homeParty IN {homeSide} }
 AND ({{treaty-in-force({treaty}, {on})}}) = true
 AND {{bilateral({treaty}, {homeSide})}})
