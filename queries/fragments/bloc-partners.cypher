// The home state's bloc partners on a date, as a list: the states that are members, that day, of
// one of the home side's blocs (as bloc-partner says of one state), read once from the blocs' members
// for a statement that compares every state, rather than testing each state's memberships.
// parameters: homeSide, on
COLLECT { UNWIND {homeSide} AS partnerBloc
          MATCH (partner:State)-[membership:MEMBER_OF]->(partnerBloc)
          WHERE {{member-on(membership, {on})}} RETURN DISTINCT partner }
