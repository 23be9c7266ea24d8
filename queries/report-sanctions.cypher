// Every sanction measure with the states it targets, for the annual report's §9.1 and the alerts:
// which were adopted, lifted or are pending is decided in Java by the measure's dates
// (sanction/SanctionMeasure).
MATCH (m:SanctionMeasure)
RETURN m AS measure, COLLECT { MATCH (m)-[:TARGETS]->(s:State) WITH s ORDER BY s.iso2 RETURN s } AS targets
ORDER BY m.id
