// treatyGaps as treaty-gaps answers it, for an answer that shows only the bilateral treaties in force
// and the clause types they have (no treaty not in force, no multilateral convention, no home-side party,
// no graded fact): the same states (treaty-gaps-states) and keys (treaty-gaps-unknown-keys), each state
// with only those treaties (bilateral-types-by-state), so that the parties and clauses of the others are
// never read. With $treatyIds each treaty is its id alone, for an answer that shows nothing else of it.
CALL () {
  MATCH (home:State {iso2: $homeState})
  WITH home, {{home-side(home, $asOf)}} AS homeSide
  CALL (home) {
    {{treaty-gaps-states(home)}}
  }
  CALL (states, homeSide) {
    {{bilateral-types-by-state(states, homeSide, $asOf, $treatyIds)}}
  }
  UNWIND states AS s
  RETURN collect({s: s, treaties: coalesce(head([shared IN sharedByState WHERE shared.state = s | shared.treaties]), [])})
         AS gaps
}
RETURN gaps, {{treaty-gaps-unknown-keys($states, $bloc, $region, $subregions)}}
