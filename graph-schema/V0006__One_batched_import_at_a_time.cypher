// An import written in several transactions holds the one import slot while it runs: a second one
// cannot start until the first has completed or been rolled back.
CREATE CONSTRAINT graph_import_slot IF NOT EXISTS FOR (n:GraphImport) REQUIRE n.slot IS UNIQUE;
