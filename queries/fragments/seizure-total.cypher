// A place's seizure total of a year as the analyses read it, {kg, count, grade}: the SeizureTotal
// that every write and import keeps in step with seizure-counted (route/SeizureTotals), read as
// seizure-total-of reads it (no total: 0 kg, no seizure, no grade).
// parameters: placeKey, year, includeIllustrative
head(COLLECT { OPTIONAL MATCH (readTotal:SeizureTotal {place: {placeKey}, year: {year}})
               RETURN {{seizure-total-of(readTotal, {includeIllustrative})}} })
