// A treaty is in force on a date when it entered into force on or before that date, was not
// terminated on or before it, and is not suspended. `status` records the treaty's state today; the
// dates decide every other day, so a treaty terminated in 2021 was in force in 2020, and a signed
// treaty due to enter into force next year counts from that date. A treaty recorded in force today
// whose entry-into-force date no source gives counts from its signature, the earliest it can have
// entered into force (old extradition conventions, memoranda applied from signature); so does a
// terminated one whose end is dated (an old convention superseded on a known day was in force
// before it); with no date at all it is not in force. Never null.
// parameters: treaty, on
(({treaty}.inForceFrom IS NOT NULL AND {treaty}.inForceFrom <= {on}
  OR {treaty}.inForceFrom IS NULL AND {treaty}.signedOn IS NOT NULL AND {treaty}.signedOn <= {on}
     AND ({treaty}.status = 'IN_FORCE' OR {treaty}.status = 'TERMINATED' AND {treaty}.terminatedOn IS NOT NULL))
 AND ({treaty}.terminatedOn IS NULL OR {treaty}.terminatedOn > {on})
 AND {treaty}.status <> 'SUSPENDED')
