// Recomputes the yearly seizure totals (SeizureTotal) of many places at once, in one pass over the
// seizures: each seizure is read once, its grade computed once, and the seizures are grouped by
// place and year together, where seizure-totals-refresh reads every place's seizures again, place by
// place (at 10x scale, the end of an import recomputing some 23,000 places). The same counting rule
// (seizure-counted) and the same properties as that statement, which SeizureTotalsTests holds it to.
// $places: the places to compute, {label, key}. Returns, for each of them with a counted seizure, the
// years it has a total of; the caller then deletes their other totals (seizure-totals-prune).
WITH [p IN $places | {{seizure-total-place(p.label, p.key)}}] AS names
MATCH (z:Seizure)
WITH names, z, {{grade(z)}} AS grade
// each place once, with the links that lead to it: whether a port's seizure was seized at it or
// shipped from it is read here rather than tested again for every seizure and place
CALL (z) {
  CALL (z) {
    MATCH (z)-[link:AT|SHIPPED_FROM|SHIPPED_FROM_STATE|ON_ROUTE]->(place) RETURN place, type(link) AS link
    UNION ALL
    MATCH (z)-[:SHIPPED_FROM]->(:Port)-[:IN_STATE]->(place:State) RETURN place, null AS link
  }
  RETURN place, collect(link) AS links
}
WITH names, z, grade, place, links, head(labels(place)) AS label, coalesce(place.iso2, place.locode, place.id) AS key
WITH names, z, grade, place, links, label, key, {{seizure-total-place(label, key)}} AS placeKey
WHERE placeKey IN names
WITH z, grade, place, links, label, key, placeKey, {{seizure-counted(z, place, false)}} AS real,
     {{seizure-counted(z, place, true)}} AS withIllustrative
WHERE real OR withIllustrative
WITH label, key, placeKey, z, real, withIllustrative, grade, place:Port AS isPort,
     place:Port AND 'AT' IN links AS seizedAt, place:Port AND 'SHIPPED_FROM' IN links AS shippedFrom
// the grades are collected distinct: a place's total may count hundreds of thousands of seizures
WITH label, key, placeKey, isPort, z.seizedOn.year AS year,
     sum(CASE WHEN real THEN z.quantityKg ELSE 0.0 END) AS kg,
     count(CASE WHEN real THEN z END) AS count,
     collect(DISTINCT CASE WHEN real THEN grade END) AS grades,
     sum(CASE WHEN withIllustrative THEN z.quantityKg ELSE 0.0 END) AS kgWithIllustrative,
     count(CASE WHEN withIllustrative THEN z END) AS countWithIllustrative,
     collect(DISTINCT CASE WHEN withIllustrative THEN grade END) AS gradesWithIllustrative,
     sum(CASE WHEN withIllustrative AND seizedAt THEN z.quantityKg ELSE 0.0 END) AS atKg,
     sum(CASE WHEN real AND shippedFrom THEN z.quantityKg ELSE 0.0 END) AS shippedFromKg,
     count(CASE WHEN real AND shippedFrom THEN z END) AS shippedFromCount,
     collect(DISTINCT CASE WHEN real AND shippedFrom THEN grade END) AS shippedFromGrades,
     sum(CASE WHEN withIllustrative AND shippedFrom THEN z.quantityKg ELSE 0.0 END) AS shippedFromKgWithIllustrative,
     count(CASE WHEN withIllustrative AND shippedFrom THEN z END) AS shippedFromCountWithIllustrative,
     collect(DISTINCT CASE WHEN withIllustrative AND shippedFrom THEN grade END) AS shippedFromGradesWithIllustrative
// totals are updated in place, so that computing them again changes nothing that did not change
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
RETURN label, key, collect(year) AS years
