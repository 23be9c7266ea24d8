// A fact node invented for illustration: one of its sources has a grade of $illustrativeGrades (F),
// so its weakest source is that grade (source/Provenance, where the grades are declared, passes
// them). The country analyses leave such facts out of their defaults.
// parameters: fact
EXISTS { MATCH ({fact})-[:SUPPORTED_BY]->(source:Source) WHERE source.reliability IN $illustrativeGrades }
