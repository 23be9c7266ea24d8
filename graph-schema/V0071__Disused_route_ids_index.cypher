// routesBetween reads the ids of the disused routes once per statement (fragment disused-route-ids):
// with the ids in the index too, they come from the index alone, not from each route's properties.
CREATE INDEX trafficking_route_active_id IF NOT EXISTS FOR (n:TraffickingRoute) ON (n.active, n.id);
