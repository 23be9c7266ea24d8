// The kilograms shipped from each port over all years (GraphModel.DERIVED), one per port.
CREATE CONSTRAINT shipped_from_total_key IF NOT EXISTS FOR (s:ShippedFromTotal) REQUIRE s.port IS UNIQUE;
