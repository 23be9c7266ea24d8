// The body of a CALL subquery: the treaties in force on a date (treaty-in-force) that are bilateral
// with one state (bilateral), read once from the home side's parties rather than state by state (at
// ten times national scale a state is party to thousands of treaties), grouped by that state, as
// column `bilateralByState`: one {state, treaties} per state that has any, its treaties in id
// order. bilateral-treaties-of reads one state's from it.
// parameters: homeSide, on
UNWIND {homeSide} AS side
MATCH (side)-[:PARTY_TO]->(treaty:Treaty)
WITH DISTINCT treaty
WHERE {{treaty-in-force(treaty, {on})}} AND {{bilateral(treaty, {homeSide})}}
MATCH (state:State)-[:PARTY_TO]->(treaty)
WHERE NOT state IN {homeSide}
WITH state, treaty ORDER BY treaty.id
WITH state, collect(treaty) AS treaties
RETURN collect({state: state, treaties: treaties}) AS bilateralByState
