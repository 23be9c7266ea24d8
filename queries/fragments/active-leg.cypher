// A leg is active when the route it belongs to is in use (its route's active flag): paths follow
// only such legs unless asked for disused routes too.
// parameters: leg
EXISTS { MATCH (legRoute:TraffickingRoute {id: {leg}.route}) WHERE legRoute.active }
