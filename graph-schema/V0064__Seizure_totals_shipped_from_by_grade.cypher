// Port totals now also hold the real seizures shipped from the port and the count and weakest grade
// of those shipped from it (GraphModel.DERIVED), which the totals written before lack: asks
// route/SeizureTotalsBackfill to compute every total again at the next start, as V0061 did.
MERGE (:PendingBackfill {derived: 'SeizureTotal'});
