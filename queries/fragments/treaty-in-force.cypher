// A treaty is in force on a date when it entered into force on or before that date, was not
// terminated on or before it, and is not suspended. `status` records the treaty's state today; the
// dates decide every other day, so a treaty terminated in 2021 was in force in 2020, and a signed
// treaty due to enter into force next year counts from that date. Never null: a treaty with no
// entry-into-force date is not in force.
// parameters: treaty, on
({treaty}.inForceFrom IS NOT NULL AND {treaty}.inForceFrom <= {on}
 AND ({treaty}.terminatedOn IS NULL OR {treaty}.terminatedOn > {on})
 AND {treaty}.status <> 'SUSPENDED')
