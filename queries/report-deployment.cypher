// The home state's liaison officers posted on $asOf, with the post they are attached to, the port
// they are posted at, the state they are accredited to and the first port with a position the post
// covers (where the map of the network places a post whose officer is at no port), for the annual
// report's §9.3.
MATCH (home:State {iso2: $homeState})
MATCH (officer:LiaisonOfficer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->(home)
WHERE {{officer-posted(officer, $asOf)}}
OPTIONAL MATCH (officer)-[:ATTACHED_TO]->(post:Post)
OPTIONAL MATCH (officer)-[:POSTED_AT]->(port:Port)
OPTIONAL MATCH (officer)-[:ACCREDITED_TO]->(state:State)
WITH DISTINCT officer, post, port, state
RETURN officer, post, port, state,
       COLLECT { MATCH (post)-[:COVERS]->(p:Port) WHERE p.latitude IS NOT NULL RETURN p ORDER BY p.locode LIMIT 1 } AS postCovers
ORDER BY officer.id, post.id, port.locode, state.iso2
