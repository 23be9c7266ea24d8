// The yearly seizure totals of a place (GraphModel.DERIVED), one per place and year.
CREATE CONSTRAINT seizure_total_key IF NOT EXISTS FOR (t:SeizureTotal) REQUIRE (t.place, t.year) IS UNIQUE;
// the latest year with totals, read in year order (latest-origin-year)
CREATE INDEX seizure_total_year IF NOT EXISTS FOR (t:SeizureTotal) ON (t.year);
