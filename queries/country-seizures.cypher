// The seizures behind a state's yearly total, for the states of a country analysis's answer
// ($states, ISO codes): at most $first per state in $year, largest first (then by id), each counted
// once as in the total (seizure-counted). Read from the state and its ports in the year's date range.
UNWIND $states AS iso2
MATCH (s:State {iso2: iso2})
CALL (s) {
  CALL (s) {
    MATCH (s)<-[:SHIPPED_FROM_STATE]-(z:Seizure) RETURN z
    UNION
    MATCH (s)<-[:IN_STATE]-(:Port)<-[:SHIPPED_FROM]-(z:Seizure) RETURN z
  }
  WITH z
  WHERE z.seizedOn >= date({year: $year, month: 1, day: 1}) AND z.seizedOn < date({year: $year + 1, month: 1, day: 1})
    AND {{seizure-counted(z, s, $includeIllustrative)}}
  WITH z ORDER BY z.quantityKg DESC, z.id LIMIT $first
  RETURN collect(z) AS seizures
}
RETURN s.iso2 AS iso2, seizures
