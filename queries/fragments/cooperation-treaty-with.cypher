// A cooperation treaty for the sanction criteria: a bilateral treaty in force on a date between the
// home state and another state (bilateral-in-force-with, from the home side) with a clause of
// $cooperationTypes (ClauseType.COOPERATION and what satisfies it, handed over by Java: the rule's
// one home). Read from the derived clause kinds of the pair (BilateralClauseKind, which every write
// and import keeps equal to those rules: BilateralClauseKindsTests), one index seek, without
// reading a treaty: at ten times national scale a state is party to thousands.
// parameters: home, state, on
EXISTS { MATCH (cooperationKind:BilateralClauseKind {home: {home}.iso2, state: {state}.iso2})
         WHERE cooperationKind.type IN $cooperationTypes AND {{clause-kind-on(cooperationKind, {on})}} }
