// A bloc partner of the home state on a date: a state that is a member, that day, of one of the
// home side's blocs (EU, BENELUX). Partners are governed by that bloc's own law (the return of
// nationals, sanctions), so the country analyses leave them out unless asked.
// parameters: state, homeSide, on
EXISTS { MATCH ({state})-[membership:MEMBER_OF]->(bloc) WHERE bloc IN {homeSide} AND {{member-on(membership, {on})}} }
