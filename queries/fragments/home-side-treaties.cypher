// The treaties shared with the home side, as a list read once from the home side's parties: the
// treaties shares-home-side accepts, for a statement that tests many treaties (a membership test in
// this list costs no read, where shares-home-side reads each treaty's parties).
// parameters: homeSide
COLLECT { UNWIND {homeSide} AS side MATCH (side)-[:PARTY_TO]->(homeTreaty) RETURN homeTreaty }
