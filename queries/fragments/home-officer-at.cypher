// An officer of the home state at a port: posted there (at any time) by an agency that belongs to the
// home state. Whether the posting holds on a date is officer-posted's.
// parameters: officer, port, home
({port})<-[:POSTED_AT]-({officer}:LiaisonOfficer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->({home})
