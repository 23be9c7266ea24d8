// How much of a port's yearly SeizureTotal was shipped from the port, {kg, count}, without its grade
// (seizure-shipped-from, for an answer that does not list the totals).
// parameters: total, includeIllustrative
CASE WHEN {includeIllustrative}
     THEN {kg: {total}.shippedFromKgWithIllustrative, count: {total}.shippedFromCountWithIllustrative}
     ELSE {kg: {total}.shippedFromKg, count: {total}.shippedFromCount} END
