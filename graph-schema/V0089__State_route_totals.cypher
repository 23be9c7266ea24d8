// The yearly seizure totals of each state's active routes (GraphModel.DERIVED), one per state and year.
CREATE CONSTRAINT state_route_totals_key IF NOT EXISTS FOR (t:StateRouteTotals) REQUIRE (t.state, t.year) IS UNIQUE;
// a state's facts of every year, found again when its routes change (as seizure_total_place)
CREATE INDEX state_route_totals_state IF NOT EXISTS FOR (t:StateRouteTotals) ON (t.state);
