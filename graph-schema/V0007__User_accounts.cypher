// The users an ADMIN adds over GraphQL, who log in with HTTP Basic beside the configured ones.
CREATE CONSTRAINT user_account_name IF NOT EXISTS FOR (n:UserAccount) REQUIRE n.name IS UNIQUE;
