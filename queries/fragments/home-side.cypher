// The home side on a date, as a list: the home state and every bloc it was a member of on that
// date, so a state that joins a bloc mid-year shares the bloc's treaties from that day on, in every
// analysis alike.
// parameters: home, on
[{home}] + COLLECT { MATCH ({home})-[membership:MEMBER_OF]->(bloc:Bloc)
                     WHERE {{member-on(membership, {on})}} RETURN bloc }
