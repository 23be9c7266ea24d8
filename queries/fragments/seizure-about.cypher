// A seizure is about a place when it was seized at or shipped from it (a port), shipped from it or
// from one of its ports (a state), or attributed to it (a route).
// parameters: seizure, place
(EXISTS { ({seizure})-[:AT|SHIPPED_FROM|SHIPPED_FROM_STATE|ON_ROUTE]->({place}) }
 OR EXISTS { ({seizure})-[:SHIPPED_FROM]->(:Port)-[:IN_STATE]->({place}) })
