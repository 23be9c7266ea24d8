// A state is in a bloc (given by its code) on a date when its membership counts on that date.
// parameters: state, bloc, on
EXISTS { MATCH ({state})-[membership:MEMBER_OF]->(:Bloc {code: {bloc}}) WHERE {{member-on(membership, {on})}} }
