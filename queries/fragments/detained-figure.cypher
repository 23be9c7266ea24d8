// The body of a CALL subquery: the state's nationals in the home state's prisons on a reference
// date (see latest-detention-date), with its source, as column `detained` (null when no figure was published
// for the state on that date, or there is no date: unknown, not zero). The state's few figures are
// read whole and the one of the date picked from the list (see latest-detention-date).
// parameters: state, home, referenceDate, includeIllustrative
WITH *, head([figure IN COLLECT { MATCH ({state})-[held:DETAINED_IN {measure: 'PRISON_POPULATION'}]->({home})
                                  WHERE {includeIllustrative} OR NOT {{illustrative-relationship(held)}}
                                  RETURN {date: held.date, measure: held.measure, count: held.count, sourceId: held.source} }
              WHERE figure.date = {referenceDate}]) AS figure
OPTIONAL MATCH (figureSource:Source {id: figure.sourceId})
RETURN CASE WHEN figure IS NULL THEN null
            ELSE {date: figure.date, measure: figure.measure, count: figure.count, source: figureSource} END AS detained
