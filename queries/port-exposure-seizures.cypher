// Seizures at the port or shipped from it, one row per year from $sinceYear (null: every year), each
// counted once (seizure-counted: a yearly total, not also its breakdown by origin).
MATCH (port:Port {locode: $locode})
MATCH (seizure:Seizure)-[:AT|SHIPPED_FROM]->(port)
WITH DISTINCT port, seizure
WHERE ($sinceYear IS NULL OR seizure.seizedOn.year >= $sinceYear)
  AND {{seizure-counted(seizure, port, $includeIllustrative)}}
WITH seizure,
     EXISTS { (seizure)-[:AT]->(port) } AS atPort,
     EXISTS { (seizure)-[:SHIPPED_FROM]->(port) } AS shippedFrom
ORDER BY seizure.seizedOn, seizure.id
WITH seizure.seizedOn.year AS year,
     sum(CASE WHEN atPort THEN seizure.quantityKg ELSE 0 END) AS seizedAtKg,
     sum(CASE WHEN shippedFrom THEN seizure.quantityKg ELSE 0 END) AS shippedFromKg,
     sum(seizure.quantityKg) AS totalKg,
     collect(seizure) AS seizures
RETURN year, seizedAtKg, shippedFromKg, totalKg, seizures, [z IN seizures | {{used-fact(z)}}] AS facts
ORDER BY year
