// Seen from the home side, a treaty is bilateral when exactly one of its parties is outside the
// home side: the home state or one of its blocs (BE, BENELUX, EU) and one other state.
// parameters: treaty, homeSide
(COUNT { MATCH (party)-[:PARTY_TO]->({treaty}) WHERE NOT party IN {homeSide} } = 1)
