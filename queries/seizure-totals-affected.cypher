// The places and years whose seizure totals a change may alter, as {label, key, year}: for each
// seizure changed (its id in $seizures), each seizure a changed source grades ($sources) and each
// seizure shipped from a port that changed state ($ports), and for each seizure it is a part of at
// any depth (whose counting decides whether the part counts), the places it is about in its year.
// The caller adds the places and years the change took seizures away from.
CALL () {
  UNWIND $seizures AS id
  MATCH (z:Seizure {id: id}) RETURN z
  UNION
  UNWIND $sources AS id
  MATCH (:Source {id: id})<-[:SUPPORTED_BY]-(z:Seizure) RETURN z
  UNION
  UNWIND $ports AS locode
  MATCH (:Port {locode: locode})<-[:SHIPPED_FROM]-(z:Seizure) RETURN z
}
MATCH (z)-[:PART_OF]->{0,}(w:Seizure)
WITH DISTINCT w
CALL (w) {
  MATCH (w)-[:AT|SHIPPED_FROM|SHIPPED_FROM_STATE|ON_ROUTE]->(place) RETURN place
  UNION
  MATCH (w)-[:SHIPPED_FROM]->(:Port)-[:IN_STATE]->(place:State) RETURN place
}
WITH DISTINCT place, w.seizedOn.year AS year
RETURN head(labels(place)) AS label, coalesce(place.iso2, place.locode, place.id) AS key, year
