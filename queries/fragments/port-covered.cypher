// A port is covered on a date when an officer sent by an agency of the home state is posted there
// on that date.
// parameters: port, home, on
EXISTS { MATCH {{home-officer-at(officer, {port}, {home})}}
         WHERE {{officer-posted(officer, {on})}} }
