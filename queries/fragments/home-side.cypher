// The home side on a date, as a list: the home state and every bloc it was a member of on that
// date. Bloc membership is dated: it counts from its `since` date (no date: always), so a state
// that joins a bloc mid-year shares the bloc's treaties from that day on, in every analysis alike.
// parameters: home, on
[{home}] + COLLECT { MATCH ({home})-[membership:MEMBER_OF]->(bloc:Bloc)
                     WHERE membership.since IS NULL OR membership.since <= {on} RETURN bloc }
