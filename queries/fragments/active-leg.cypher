// A leg is active when the route it belongs to is in use (its route's active flag): paths follow
// only such legs unless asked for disused routes too. A search checks every leg it expands, so it
// checks the leg's route id against the ids of the disused routes, read once (disused-route-ids),
// rather than looking its route up each time; every leg's route exists (RouteLegs removes the legs
// of a removed route), so a leg whose route is not disused is active.
// parameters: leg, disusedRouteIds
NOT {leg}.route IN {disusedRouteIds}
