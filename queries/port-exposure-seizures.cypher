// The seizures behind a port's yearly totals, when a client asks for them: seized at the port or
// shipped from it, from $sinceYear (null: every year), at most $first per year, largest first (then
// by id), each counted once as in the totals (seizure-counted: a yearly total, not also its breakdown).
MATCH (port:Port {locode: $locode})
MATCH (seizure:Seizure)-[:AT|SHIPPED_FROM]->(port)
WITH DISTINCT port, seizure
WHERE seizure.seizedOn >= date({year: coalesce($sinceYear, 1), month: 1, day: 1})
  AND {{seizure-counted(seizure, port, $includeIllustrative)}}
WITH seizure ORDER BY seizure.quantityKg DESC, seizure.id
WITH seizure.seizedOn.year AS year, collect(seizure) AS seizures
RETURN year, seizures[..$first] AS seizures
ORDER BY year
