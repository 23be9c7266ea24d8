// Records written before versions existed start at version 1, so that updates can name it.
MATCH (n) WHERE n.version IS NULL AND (n:Source OR n:State OR n:Bloc OR n:Index OR n:Port OR n:Treaty OR n:Clause OR n:Agency OR n:Post OR n:LiaisonOfficer OR n:SanctionMeasure OR n:TraffickingRoute OR n:Seizure)
SET n.version = 1;
MATCH ()-[r:MEMBER_OF|RATED|NATIONALS_CONVICTED|PARTICIPATES_IN|SHARES_INFORMATION_WITH]->() WHERE r.version IS NULL
SET r.version = 1;
