// An officer is posted on a date when the posting started on or before it (or has no start date)
// and had not ended before it (no end date: still posted). Both ends are inclusive.
// parameters: officer, on
(({officer}.since IS NULL OR {officer}.since <= {on}) AND ({officer}.until IS NULL OR {officer}.until >= {on}))
