// Recomputes the kilograms shipped from each port of $ports (UN/LOCODEs) over all years
// (ShippedFromTotal, see GraphModel.DERIVED) from the port's yearly SeizureTotals as they stand: what
// each year's total says was shipped from the port (seizure-shipped-from-kg, real and with invented
// seizures), added in year order, as liaisonCoverageGaps added them year by year before (the same
// double). Run after the ports' yearly totals are computed (route/SeizureTotals), in their
// transaction. A port with no yearly total (or no longer in the graph) keeps none.
UNWIND $ports AS locode
WITH DISTINCT locode
WITH locode, COLLECT { MATCH (yearly:SeizureTotal {place: {{seizure-total-place('Port', locode)}}})
                       WITH yearly ORDER BY yearly.year
                       RETURN yearly } AS totals
CALL (locode, totals) {
  WITH locode, totals WHERE size(totals) > 0
  MERGE (shipped:ShippedFromTotal {port: locode})
  SET shipped.kg = reduce(kg = 0.0, yearly IN totals | kg + {{seizure-shipped-from-kg(yearly, false)}}),
      shipped.kgWithIllustrative = reduce(kg = 0.0, yearly IN totals | kg + {{seizure-shipped-from-kg(yearly, true)}})
}
CALL (locode, totals) {
  WITH locode, totals WHERE size(totals) = 0
  MATCH (shipped:ShippedFromTotal {port: locode})
  DELETE shipped
}
FINISH
