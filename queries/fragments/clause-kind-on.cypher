// A derived BilateralClauseKind holds on a date when the date falls in its span: from its first day,
// and before its end when it has one. An AND of two tests, so that a WHERE that adds it to others
// reads as before (bilateral-clause-kinds-by-state); under NOT or OR, put it in parentheses.
// parameters: kind, on
{kind}.from <= {on} AND ({kind}.until IS NULL OR {kind}.until > {on})
