// The destination's ports: the port $port itself, or every port of a state that is a member of bloc
// $bloc on $asOf.
OPTIONAL MATCH (port:Port {locode: $port})
OPTIONAL MATCH (bloc:Bloc {code: $bloc})
RETURN port IS NOT NULL OR bloc IS NOT NULL AS known,
       [p IN [port] WHERE p IS NOT NULL | p.locode]
         + COLLECT { MATCH (state:State)<-[:IN_STATE]-(p:Port)
                   WHERE {{in-bloc(state, $bloc, $asOf)}} RETURN DISTINCT p.locode } AS ports
