// The alerts on $asOf, one row each: what happens in the next $horizonDays days (a treaty of the
// home side entering into force or ending, a home-state posting ending with nobody posted at its
// port the day after, a sanction measure not lifted due for review), what happened in the last
// $horizonDays days (a seizure shipped from a port on an active route that no home-state officer
// covered that day), and a corruption score that fell by $cpiMargin or more from one year to the
// next, from the day it was published (its source's date, else 1 January of the next year) for
// $horizonDays days.
MATCH (home:State {iso2: $homeState})
WITH home, {{home-side(home, $asOf)}} AS homeSide, $asOf + duration({days: $horizonDays}) AS until,
     $asOf - duration({days: $horizonDays}) AS since
CALL (home, homeSide, until, since) {
  MATCH (t:Treaty)<-[:PARTY_TO]-(party)
  WHERE party IN homeSide AND t.inForceFrom >= $asOf AND t.inForceFrom <= until AND t.status <> 'SUSPENDED'
  WITH DISTINCT t
  RETURN 'TREATY_ENTERS_INTO_FORCE' AS kind, t.inForceFrom AS on, 'Treaty' AS entityType, t.id AS entityKey,
         t.title AS subject, null AS amount, {{illustrative(t)}} AS illustrative
  UNION ALL
  MATCH (t:Treaty)<-[:PARTY_TO]-(party)
  WHERE party IN homeSide AND t.terminatedOn >= $asOf AND t.terminatedOn <= until
  WITH DISTINCT t
  RETURN 'TREATY_ENDS' AS kind, t.terminatedOn AS on, 'Treaty' AS entityType, t.id AS entityKey,
         t.title AS subject, null AS amount, {{illustrative(t)}} AS illustrative
  UNION ALL
  // `leaving`, not `officer`: port-covered names its own officer
  MATCH (leaving:LiaisonOfficer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->(home)
  WHERE leaving.until >= $asOf AND leaving.until <= until
  MATCH (leaving)-[:POSTED_AT]->(port:Port)
  WITH leaving, port, leaving.until + duration({days: 1}) AS dayAfter
  WHERE NOT {{port-covered(port, home, dayAfter)}}
  RETURN 'POSTING_ENDS_WITHOUT_SUCCESSOR' AS kind, leaving.until AS on, 'LiaisonOfficer' AS entityType,
         leaving.id AS entityKey, port.name AS subject, null AS amount, {{illustrative(leaving)}} AS illustrative
  UNION ALL
  MATCH (m:SanctionMeasure)
  WHERE m.status <> 'LIFTED' AND m.reviewBy >= $asOf AND m.reviewBy <= until
  RETURN 'SANCTION_REVIEW_DUE' AS kind, m.reviewBy AS on, 'SanctionMeasure' AS entityType, m.id AS entityKey,
         m.kind + ' — ' + coalesce(head(COLLECT { MATCH (m)-[:TARGETS]->(s:State) RETURN s.name ORDER BY s.iso2 }), '')
           AS subject, null AS amount, {{illustrative(m)}} AS illustrative
  UNION ALL
  MATCH (z:Seizure)-[:SHIPPED_FROM]->(port:Port)
  WHERE z.seizedOn >= since AND z.seizedOn <= $asOf
    AND EXISTS { MATCH (port)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) }
    AND NOT {{port-covered(port, home, z.seizedOn)}}
  RETURN 'SEIZURE_FROM_UNCOVERED_PORT' AS kind, z.seizedOn AS on, 'Seizure' AS entityType, z.id AS entityKey,
         port.name AS subject, z.quantityKg AS amount,
         {{illustrative(z)}} OR NOT EXISTS { MATCH (port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
                                             WHERE NOT {{illustrative(r)}} } AS illustrative
  UNION ALL
  MATCH (s:State)-[now:RATED]->(i:Index {code: $index}), (s)-[was:RATED]->(i)
  WHERE was.year = now.year - 1 AND was.score - now.score >= $cpiMargin
  OPTIONAL MATCH (source:Source {id: now.source})
  WITH s, now, was, coalesce(source.publishedOn, date({year: now.year + 1, month: 1, day: 1})) AS published
  WHERE published <= $asOf AND published >= since
  RETURN 'CORRUPTION_SCORE_FELL' AS kind, published AS on, 'State' AS entityType, s.iso2 AS entityKey,
         s.name + ': ' + toString(was.score) + ' (' + toString(was.year) + ') → ' + toString(now.score) + ' ('
           + toString(now.year) + ')' AS subject, was.score - now.score AS amount,
         {{illustrative-relationship(now)}} OR {{illustrative-relationship(was)}} AS illustrative
}
RETURN kind, on, entityType, entityKey, subject, amount, illustrative
ORDER BY on, kind, entityKey
