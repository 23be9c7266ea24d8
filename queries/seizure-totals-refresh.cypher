// Recomputes the yearly seizure totals (SeizureTotal, see GraphModel.DERIVED) of the places and
// years in $keys ({label: State|Port|TraffickingRoute, key, year}; a null year: every year), from
// the seizures that count toward each place (seizure-counted, the one home of the rule), so a total
// can never count differently from the live rule. A port's total also says how much of it was seized
// at the port and how much shipped from it (kg, count and weakest grade, real and with invented
// seizures), so that no analysis sums a port's seizures one by one. A place that no longer exists
// keeps no total.
UNWIND $keys AS k
WITH k, {{seizure-total-place(k.label, k.key)}} AS placeKey
CALL (k, placeKey) {
  CALL (k) {
    MATCH (place:State {iso2: k.key}) WHERE k.label = 'State' RETURN place
    UNION
    MATCH (place:Port {locode: k.key}) WHERE k.label = 'Port' RETURN place
    UNION
    MATCH (place:TraffickingRoute {id: k.key}) WHERE k.label = 'TraffickingRoute' RETURN place
  }
  // these relationships lead from a seizure only (GraphModel): no label test per seizure
  CALL (place) {
    MATCH (place)<-[:AT|SHIPPED_FROM|SHIPPED_FROM_STATE|ON_ROUTE]-(z) RETURN z
    UNION
    MATCH (place)<-[:IN_STATE]-(:Port)<-[:SHIPPED_FROM]-(z) RETURN z
  }
  // the date read once per seizure (PROFILE at ten times national scale: a busy port's year, as a
  // range on the date, read it twice for each of its 25,000 seizures of every year)
  WITH k, placeKey, place, z
  WHERE k.year IS NULL OR z.seizedOn.year = k.year
  WITH placeKey, place, z, {{seizure-counted(z, place, false)}} AS real,
       {{seizure-counted(z, place, true)}} AS withIllustrative
  WHERE real OR withIllustrative
  WITH placeKey, place, z, real, withIllustrative, {{grade(z)}} AS grade, place:Port AS isPort,
       place:Port AND EXISTS { (z)-[:AT]->(place) } AS seizedAt,
       place:Port AND EXISTS { (z)-[:SHIPPED_FROM]->(place) } AS shippedFrom
  WITH placeKey, isPort, z.seizedOn.year AS year,
       sum(CASE WHEN real THEN z.quantityKg ELSE 0.0 END) AS kg,
       count(CASE WHEN real THEN z END) AS count,
       collect(CASE WHEN real THEN grade END) AS grades,
       sum(CASE WHEN withIllustrative THEN z.quantityKg ELSE 0.0 END) AS kgWithIllustrative,
       count(CASE WHEN withIllustrative THEN z END) AS countWithIllustrative,
       collect(CASE WHEN withIllustrative THEN grade END) AS gradesWithIllustrative,
       sum(CASE WHEN withIllustrative AND seizedAt THEN z.quantityKg ELSE 0.0 END) AS atKg,
       sum(CASE WHEN real AND shippedFrom THEN z.quantityKg ELSE 0.0 END) AS shippedFromKg,
       count(CASE WHEN real AND shippedFrom THEN z END) AS shippedFromCount,
       collect(CASE WHEN real AND shippedFrom THEN grade END) AS shippedFromGrades,
       sum(CASE WHEN withIllustrative AND shippedFrom THEN z.quantityKg ELSE 0.0 END) AS shippedFromKgWithIllustrative,
       count(CASE WHEN withIllustrative AND shippedFrom THEN z END) AS shippedFromCountWithIllustrative,
       collect(CASE WHEN withIllustrative AND shippedFrom THEN grade END) AS shippedFromGradesWithIllustrative
  MERGE (total:SeizureTotal {place: placeKey, year: year})
  SET total.kg = kg, total.count = count, total.grade = {{weakest-grade(grades)}},
      total.kgWithIllustrative = kgWithIllustrative, total.countWithIllustrative = countWithIllustrative,
      total.gradeWithIllustrative = {{weakest-grade(gradesWithIllustrative)}},
      // a port's only (null for a state or a route)
      total.atKgWithIllustrative = CASE WHEN isPort THEN atKg END,
      total.shippedFromKg = CASE WHEN isPort THEN shippedFromKg END,
      total.shippedFromCount = CASE WHEN isPort THEN shippedFromCount END,
      total.shippedFromGrade = {{weakest-grade(shippedFromGrades)}},
      total.shippedFromKgWithIllustrative = CASE WHEN isPort THEN shippedFromKgWithIllustrative END,
      total.shippedFromCountWithIllustrative = CASE WHEN isPort THEN shippedFromCountWithIllustrative END,
      total.shippedFromGradeWithIllustrative = {{weakest-grade(shippedFromGradesWithIllustrative)}}
  RETURN collect(year) AS kept
}
// totals are updated in place, so that computing them again changes nothing that did not change
CALL (k, placeKey, kept) {
  MATCH (old:SeizureTotal {place: placeKey})
  WHERE (k.year IS NULL OR old.year = k.year) AND NOT old.year IN kept
  DELETE old
}
FINISH
