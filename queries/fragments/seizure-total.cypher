// A place's seizure total of a year as the analyses read it, {kg, count, grade}: the SeizureTotal
// that every write and import keeps in step with seizure-counted (route/SeizureTotals), over the
// real seizures or, with includeIllustrative, over those that count when invented ones do too;
// grade is the weakest of the seizures counted. No total: 0 kg, no seizure, no grade.
// parameters: placeKey, year, includeIllustrative
coalesce(head(COLLECT { MATCH (readTotal:SeizureTotal {place: {placeKey}, year: {year}})
                        RETURN CASE WHEN {includeIllustrative}
                                    THEN {kg: readTotal.kgWithIllustrative, count: readTotal.countWithIllustrative,
                                          grade: readTotal.gradeWithIllustrative}
                                    ELSE {kg: readTotal.kg, count: readTotal.count, grade: readTotal.grade} END }),
         {kg: 0.0, count: 0, grade: null})
