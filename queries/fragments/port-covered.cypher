// A port is covered on a date when an officer sent by an agency of the home state is posted there
// on that date.
// parameters: port, home, on
EXISTS { MATCH ({port})<-[:POSTED_AT]-(officer:LiaisonOfficer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->({home})
         WHERE {{officer-posted(officer, {on})}} }
