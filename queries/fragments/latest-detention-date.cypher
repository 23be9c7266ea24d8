// The latest reference date on or before a date on which the home state's prison population by
// nationality was published (DETAINED_IN, measure PRISON_POPULATION): the one date whose figures
// the analyses weigh, never mixed with older ones nor added across dates (a figure is a stock).
// Null when none was published by then. Invented figures (graded F) count only with
// includeIllustrative. The dates are read whole and compared in the list, as in latest-rating: a
// predicate on the relationship's date trips the planner (insertCachedProperties) in a long statement.
// parameters: home, on, includeIllustrative
reduce(latest = null, published IN COLLECT { MATCH (:State)-[figure:DETAINED_IN {measure: 'PRISON_POPULATION'}]->({home})
                                             WHERE {includeIllustrative} OR NOT {{illustrative-relationship(figure)}}
                                             RETURN figure.date }
       | CASE WHEN published <= {on} AND (latest IS NULL OR published > latest) THEN published ELSE latest END)
