// A fact held by a relationship (a conviction figure, a rating) invented for illustration: its
// source has a grade of $illustrativeGrades (F).
// parameters: fact
EXISTS { MATCH (source:Source {id: {fact}.source}) WHERE source.reliability IN $illustrativeGrades }
