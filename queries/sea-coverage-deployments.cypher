// Deployments with a watched area active at some point of [$from, $to] (one without an end still goes
// on), with the kind of the asset deployed. For a user not cleared for operational details,
// $operationalSince is the first day still operational: deployments not ended before it are left out
// (and counted in leftOut); for a cleared user it is null.
MATCH (d:Deployment)-[:DEPLOYS]->(asset:SurveillanceAsset)
WHERE d.areaSouth IS NOT NULL AND d.areaWest IS NOT NULL AND d.areaNorth IS NOT NULL AND d.areaEast IS NOT NULL
  AND d.from <= $to AND coalesce(d.until, $to) >= $from
WITH d, asset,
     $operationalSince IS NOT NULL AND (d.until IS NULL OR d.until >= $operationalSince) AS operational
WITH collect(CASE WHEN NOT operational THEN {deployment: d, kind: asset.kind} END) AS shown,
     count(CASE WHEN operational THEN 1 END) AS leftOut
RETURN shown, leftOut
