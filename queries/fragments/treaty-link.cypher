// A treaty shared with the home side as the country analyses read it: whether it is bilateral and
// in force on the date, the home-side parties it binds through ("via": BE, EU, ...), its clauses
// (given, in id order) and the graded facts (used-fact) of the treaty and its clauses.
// parameters: treaty, clauses, homeSide, on
{
  treaty: {treaty},
  bilateral: {{bilateral({treaty}, {homeSide})}},
  inForce: {{treaty-in-force({treaty}, {on})}},
  via: [side IN {homeSide} WHERE EXISTS { (side)-[:PARTY_TO]->({treaty}) } | coalesce(side.iso2, side.code)],
  clauses: {clauses},
  facts: [fact IN [{treaty}] + {clauses} | {{used-fact(fact)}}]
}
