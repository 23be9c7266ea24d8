// The destination's ports: the port $port itself, or every port of a member state of bloc $bloc.
OPTIONAL MATCH (port:Port {locode: $port})
OPTIONAL MATCH (bloc:Bloc {code: $bloc})
RETURN port IS NOT NULL OR bloc IS NOT NULL AS known,
       [p IN [port] WHERE p IS NOT NULL | p.locode]
         + COLLECT { MATCH (bloc)<-[:MEMBER_OF]-(:State)<-[:IN_STATE]-(p:Port) RETURN DISTINCT p.locode } AS ports
