// After seizure-totals-refresh-pass: deletes the yearly totals of the places in $places ({label, key,
// kept}) whose year is not among the years that pass kept, since no seizure counts toward the place in
// that year any longer (a place that no longer exists keeps no total).
UNWIND $places AS p
MATCH (old:SeizureTotal {place: {{seizure-total-place(p.label, p.key)}}})
WHERE NOT old.year IN p.kept
DELETE old
