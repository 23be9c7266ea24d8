// The yearly seizure totals of a place (GraphModel.DERIVED), one per place and year.
CREATE CONSTRAINT seizure_total_key IF NOT EXISTS FOR (t:SeizureTotal) REQUIRE (t.place, t.year) IS UNIQUE;
