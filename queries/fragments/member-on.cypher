// A membership of a bloc counts on a date from its `since` date (no date: always). Memberships
// carry no end date: a state that leaves a bloc has its MEMBER_OF removed.
// parameters: membership, on
({membership}.since IS NULL OR {membership}.since <= {on})
