// Annual reports once published: one per year, frozen (report/PublishedReports).
CREATE CONSTRAINT published_report_year IF NOT EXISTS FOR (n:PublishedReport) REQUIRE n.year IS UNIQUE;
