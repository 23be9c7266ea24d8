// The integrity figures inside Defence from $from to $to (years, both included), one row per year,
// kind and unit type with the sum of their counts and their sources. Java adds them up per year and
// kind and withholds the totals under the aggregation threshold from users not cleared.
// parameters: from, to
MATCH (f:IntegrityFigure)
WHERE f.year >= $from AND f.year <= $to
WITH f.year AS year, f.kind AS kind, f.unitType AS unitType, sum(f.count) AS count,
     collect(f) AS figures
RETURN year, kind, unitType, count,
       COLLECT { UNWIND figures AS x MATCH (x)-[:SUPPORTED_BY]->(src:Source) RETURN DISTINCT src } AS sources
ORDER BY year, kind, unitType
