// The states selected for treatyGaps, each with every treaty it shares with the home state or a bloc of it,
// as one row: `gaps`, the states in order (treaty-gaps-states), and the selection keys that name nothing in
// the graph (treaty-gaps-unknown-keys), so that they are NOT_FOUND rather than an empty answer (one statement,
// whether or not any state is selected). Each shared treaty is described once for all the states party to it
// (shared-treaties-by-state). A treaty is bilateral when its only party outside the home side is the state
// itself; whether it is in force on $asOf is decided by treaty-in-force (through treaty-link). The complete
// answer; treaty-gaps-bilateral reads less for an answer that shows only the bilateral treaties in force.
CALL () {
  MATCH (home:State {iso2: $homeState})
  WITH home, {{home-side(home, $asOf)}} AS homeSide
  CALL (home) {
    {{treaty-gaps-states(home)}}
  }
  // each shared treaty described once, not once per state party to it
  CALL (states, homeSide) {
    {{shared-treaties-by-state(states, homeSide, $asOf)}}
  }
  UNWIND states AS s
  RETURN collect({s: s, treaties: coalesce(head([shared IN sharedByState WHERE shared.state = s | shared.treaties]), [])})
         AS gaps
}
RETURN gaps, {{treaty-gaps-unknown-keys($states, $bloc, $region, $subregions)}}
