MATCH (n:State
RETURN n
