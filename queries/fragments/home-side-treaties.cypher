// The treaties shared with the home side (one of their parties is the home state or a bloc of it,
// home-side, so an EU convention binds every member's partners), as a list read once from the home
// side's parties: a membership test in this list costs no read, where testing each treaty's parties
// would read them all.
// parameters: homeSide
COLLECT { UNWIND {homeSide} AS side MATCH (side)-[:PARTY_TO]->(homeTreaty) RETURN homeTreaty }
