// A treaty is shared with the home side when one of its parties is on it: the home state or a bloc
// of it (home-side), so an EU convention binds every member's partners. For many treaties at once,
// home-side-treaties reads the same set once from the home side.
// parameters: treaty, homeSide
EXISTS { MATCH (side)-[:PARTY_TO]->({treaty}) WHERE side IN {homeSide} }
