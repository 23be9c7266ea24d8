// A place's seizure total of a year read from its SeizureTotal node, {kg, count, grade}: over the real
// seizures or, with includeIllustrative, over those that count when invented ones do too; grade is
// the weakest of the seizures counted. No node (null): 0 kg, no seizure, no grade.
// parameters: total, includeIllustrative
CASE WHEN {total} IS NULL THEN {kg: 0.0, count: 0, grade: null}
     WHEN {includeIllustrative}
     THEN {kg: {total}.kgWithIllustrative, count: {total}.countWithIllustrative, grade: {total}.gradeWithIllustrative}
     ELSE {kg: {total}.kg, count: {total}.count, grade: {total}.grade} END
