// The body of a CALL subquery: a state's score on the index $index of a year, or else of the latest
// earlier year, with its source, as column `rating` (null when it has none). The state's few scores
// are read whole and the latest picked from the list: a predicate or an ordering on the indexed
// RATED.year trips the planner (insertCachedProperties) once the enclosing statement grows.
// parameters: state, year
WITH [rated IN COLLECT { MATCH ({state})-[r:RATED]->(i:Index {code: $index})
                         RETURN {index: i, year: r.year, score: r.score, sourceId: r.source} }
      WHERE rated.year <= {year}] AS ratings
WITH reduce(latest = null, rated IN ratings
            | CASE WHEN latest IS NULL OR rated.year > latest.year THEN rated ELSE latest END) AS latest
OPTIONAL MATCH (src:Source {id: latest.sourceId})
RETURN CASE WHEN latest IS NULL THEN null
            ELSE {index: latest.index, year: latest.year, score: latest.score, source: src} END AS rating
