// The totals of one place, every year: computing a place's totals again finds those it no longer has
// by place alone, which the (place, year) key constraint's index cannot answer, so each did a scan of
// every total, and an import touching every place read all of them once per place.
CREATE INDEX seizure_total_place IF NOT EXISTS FOR (t:SeizureTotal) ON (t.place);
