// The kilograms of a port's yearly SeizureTotal shipped from the port: of the real seizures or, with
// includeIllustrative, of those that count when invented ones do too (seizure-counted, kept by
// route/SeizureTotals).
// parameters: total, includeIllustrative
CASE WHEN {includeIllustrative} THEN {total}.shippedFromKgWithIllustrative ELSE {total}.shippedFromKg END
