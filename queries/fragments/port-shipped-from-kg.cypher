// The kilograms shipped from a port over all years: its ShippedFromTotal (its yearly totals'
// seizure-shipped-from-kg added in year order, kept with them by route/SeizureTotals), of the real
// seizures or, with includeIllustrative, of those that count when invented ones do too. A port with
// no yearly total: 0.0.
// parameters: locode, includeIllustrative
coalesce(head(COLLECT { MATCH (shipped:ShippedFromTotal {port: {locode}})
                        RETURN CASE WHEN {includeIllustrative} THEN shipped.kgWithIllustrative ELSE shipped.kg END }),
         0.0)
