// Multi-transaction imports: one GraphImport node per import while it runs, and its undo data,
// looked up a batch at a time.
CREATE CONSTRAINT graph_import_id IF NOT EXISTS FOR (n:GraphImport) REQUIRE n.id IS UNIQUE;
CREATE INDEX graph_import_batch IF NOT EXISTS FOR (n:GraphImportBatch) ON (n.import, n.batch);
CREATE INDEX graph_import_undo IF NOT EXISTS FOR (n:GraphImportUndo) ON (n.`__import`, n.`__batch`);
