// How much of a port's yearly SeizureTotal was shipped from the port, {kg, count, grade}: over the
// real seizures or, with includeIllustrative, over those that count when invented ones do too
// (seizure-counted, kept by route/SeizureTotals); grade is the weakest of the seizures counted.
// parameters: total, includeIllustrative
{kg: {{seizure-shipped-from-kg({total}, {includeIllustrative})}},
 count: CASE WHEN {includeIllustrative} THEN {total}.shippedFromCountWithIllustrative ELSE {total}.shippedFromCount END,
 grade: CASE WHEN {includeIllustrative} THEN {total}.shippedFromGradeWithIllustrative ELSE {total}.shippedFromGrade END}
