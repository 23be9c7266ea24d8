// The states selected for treatyGaps, each with every treaty it shares with the home state or a bloc of it,
// as one row: `gaps`, the states in order, and the selection keys that name nothing in the graph, so that
// they are NOT_FOUND rather than an empty answer (one statement, whether or not any state is selected).
// Each shared treaty is described once for all the states party to it (shared-treaties-by-state).
// A treaty is bilateral when its only party outside the home side is the state itself; whether it is
// in force on $asOf is decided by treaty-in-force (through treaty-link).
CALL () {
  MATCH (home:State {iso2: $homeState})
  WITH home, {{home-side(home, $asOf)}} AS homeSide
  CALL (home) {
    MATCH (s:State)
    WHERE s <> home
      AND ($states IS NULL OR s.iso2 IN $states)
      AND ($region IS NULL OR s.region = $region)
      AND ($subregions IS NULL OR s.subregion IN $subregions)
      AND ($bloc IS NULL OR {{in-bloc(s, $bloc, $asOf)}})
      AND ($states IS NOT NULL OR $region IS NOT NULL OR $subregions IS NOT NULL OR $bloc IS NOT NULL
           OR EXISTS { (s)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) })
    WITH s ORDER BY s.name, s.iso2
    RETURN collect(s) AS states
  }
  // each shared treaty described once, not once per state party to it
  CALL (states, homeSide) {
    {{shared-treaties-by-state(states, homeSide, $asOf)}}
  }
  UNWIND states AS s
  RETURN collect({s: s, treaties: coalesce(head([shared IN sharedByState WHERE shared.state = s | shared.treaties]), [])})
         AS gaps
}
RETURN gaps,
       [code IN coalesce($states, []) WHERE NOT EXISTS { MATCH (:State {iso2: code}) }] AS unknownStates,
       $bloc IS NOT NULL AND NOT EXISTS { MATCH (:Bloc {code: $bloc}) } AS unknownBloc,
       $region IS NOT NULL AND NOT EXISTS { MATCH (s:State) WHERE s.region = $region } AS unknownRegion,
       [name IN coalesce($subregions, []) WHERE NOT EXISTS { MATCH (s:State) WHERE s.subregion = name }] AS unknownSubregions
