// A fact node's grade: the weakest-grade of its sources' Admiralty reliabilities, null when it rests
// on none (the `grade` field of every fact in the API, source/Provenance).
// parameters: fact
head(COLLECT { MATCH ({fact})-[:SUPPORTED_BY]->(gradedBy:Source)
               WITH collect(gradedBy.reliability) AS grades RETURN {{weakest-grade(grades)}} })
