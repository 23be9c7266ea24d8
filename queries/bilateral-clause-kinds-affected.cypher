// The pairs of states (a home state and another state) whose bilateral clause kinds
// (BilateralClauseKind) a change may alter, as {home, state}: for each set of parties a treaty had
// or has ($partySets, lists of {label, key}), and the parties each treaty of $treaties and the
// treaty of each clause of $clauses have now. The home side holds one state, so a treaty with a
// third state is never bilateral: one with two states may be between them, one with a single state
// between it and each member of its blocs. A membership changed ($memberships, {state, bloc})
// bears only on the treaties of its bloc, between its state and each of their state parties.
CALL () {
  CALL () {
    UNWIND $partySets AS parties
    RETURN [p IN parties WHERE p.label = 'State' | p.key] AS states, [p IN parties WHERE p.label = 'Bloc' | p.key] AS blocs
    UNION
    CALL () {
      UNWIND $treaties AS id
      MATCH (treaty:Treaty {id: id}) RETURN treaty
      UNION
      UNWIND $clauses AS id
      MATCH (:Clause {id: id})<-[:HAS_CLAUSE]-(treaty:Treaty) RETURN treaty
    }
    RETURN COLLECT { MATCH (treaty)<-[:PARTY_TO]-(state:State) RETURN state.iso2 } AS states,
           COLLECT { MATCH (treaty)<-[:PARTY_TO]-(bloc:Bloc) RETURN bloc.code } AS blocs
  }
  WITH states, blocs WHERE size(states) IN [1, 2]
  UNWIND states AS state
  CALL (states, blocs, state) {
    UNWIND [other IN states WHERE other <> state] AS home RETURN home
    UNION
    WITH blocs WHERE size(states) = 1
    MATCH (member:State)-[:MEMBER_OF]->(bloc:Bloc) WHERE bloc.code IN blocs RETURN member.iso2 AS home
  }
  RETURN home, state
  UNION
  UNWIND $memberships AS membership
  MATCH (:Bloc {code: membership.bloc})-[:PARTY_TO]->(:Treaty)<-[:PARTY_TO]-(party:State)
  WHERE party.iso2 <> membership.state
  RETURN membership.state AS home, party.iso2 AS state
}
RETURN DISTINCT home, state
