// The body of a CALL subquery: the state's nationals in the home state's prisons on the latest
// reference date on or before a date (latest-detention-date), with its source, as columns
// `referenceDate` and `detained` (detained-figure: null when no figure was published for the state
// on that date: unknown, not zero).
// parameters: state, home, on, includeIllustrative
WITH *, {{latest-detention-date({home}, {on}, {includeIllustrative})}} AS referenceDate
CALL ({state}, {home}, referenceDate) {
  {{detained-figure({state}, {home}, referenceDate, {includeIllustrative})}}
}
RETURN referenceDate, detained
