MATCH (n:State)
RETURN n.iso2 AS iso2
