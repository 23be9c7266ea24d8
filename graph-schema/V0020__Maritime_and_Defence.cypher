// The maritime and Defence layer: one unique constraint per business key.
CREATE CONSTRAINT vessel_id IF NOT EXISTS FOR (n:Vessel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT surveillance_asset_id IF NOT EXISTS FOR (n:SurveillanceAsset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deployment_id IF NOT EXISTS FOR (n:Deployment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT detection_id IF NOT EXISTS FOR (n:Detection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT maocn_case_id IF NOT EXISTS FOR (n:MaocnCase) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT container_scan_id IF NOT EXISTS FOR (n:ContainerScan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT information_sharing_agreement_id IF NOT EXISTS FOR (n:InformationSharingAgreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT integrity_figure_id IF NOT EXISTS FOR (n:IntegrityFigure) REQUIRE n.id IS UNIQUE;
// The periods and years the maritime analyses filter on.
CREATE INDEX deployment_from IF NOT EXISTS FOR (n:Deployment) ON (n.from);
CREATE INDEX detection_detected_on IF NOT EXISTS FOR (n:Detection) ON (n.detectedOn);
CREATE INDEX maocn_case_referred_on IF NOT EXISTS FOR (n:MaocnCase) ON (n.referredOn);
CREATE INDEX integrity_figure_year IF NOT EXISTS FOR (n:IntegrityFigure) ON (n.year);
