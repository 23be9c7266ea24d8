// The end of a CALL subquery: the ids of the routes not in use (their active flag false, see
// active-leg) as column `disusedRouteIds`, read once by a statement that checks many legs, from the
// (active, id) index alone; fewer than the routes in use.
// parameters:
MATCH (disused:TraffickingRoute) WHERE disused.active = false AND disused.id IS NOT NULL
RETURN collect(disused.id) AS disusedRouteIds
