// A large import's batches that compute derived facts again now record them as
// GraphImportDerived {import, batch, fact, keys} (seizure totals and bilateral clause kinds), where
// they recorded only seizure totals as GraphImportTotals {import, batch, places}: the records of an
// import that a crash left unfinished are carried over, so that its rollback still finds them.
MATCH (t:GraphImportTotals)
CREATE (:GraphImportDerived {import: t.import, batch: t.batch, fact: 'SeizureTotal', keys: t.places})
DELETE t;
