// How much of a port's yearly SeizureTotal was shipped from the port, {kg, count, grade}: over the
// real seizures or, with includeIllustrative, over those that count when invented ones do too
// (seizure-counted, kept by route/SeizureTotals); grade is the weakest of the seizures counted.
// parameters: total, includeIllustrative
CASE WHEN {includeIllustrative}
     THEN {kg: {total}.shippedFromKgWithIllustrative, count: {total}.shippedFromCountWithIllustrative,
           grade: {total}.shippedFromGradeWithIllustrative}
     ELSE {kg: {total}.shippedFromKg, count: {total}.shippedFromCount, grade: {total}.shippedFromGrade} END
