// A treaty with a clause of $cooperationTypes: a cooperation treaty for the sanction criteria. The
// types come from Java (ClauseType.COOPERATION and what satisfies it), the rule's one home.
// parameters: treaty
EXISTS { MATCH ({treaty})-[:HAS_CLAUSE]->(cooperationClause:Clause) WHERE cooperationClause.type IN $cooperationTypes }
