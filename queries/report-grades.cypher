// The sources of every fact node of the labels in $keyOf (label -> key property), for the grades of
// the facts the annual report names: one statement for the whole report.
MATCH (f)-[:SUPPORTED_BY]->(source:Source)
WITH f, source, [l IN labels(f) WHERE l IN keys($keyOf)][0] AS label
WHERE label IS NOT NULL
WITH label, f[$keyOf[label]] AS key, source ORDER BY source.id
RETURN label, key, collect(source) AS sources
