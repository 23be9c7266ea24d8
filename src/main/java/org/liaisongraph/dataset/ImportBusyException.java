package org.liaisongraph.dataset;

/**
 * An import too large for one transaction was refused before writing anything, because another
 * one is being written into the same graph.
 */
public class ImportBusyException extends RuntimeException {

	private final String importId;

	private final String user;

	private final String startedAt;

	ImportBusyException(String importId, String user, String startedAt, long batches) {
		super("Another import is being written into the graph (" + importId + " by " + user + ", started "
				+ startedAt + ", " + batches + " batches committed); large imports are written one at a time: "
				+ "try again when it has finished. Nothing was written.");
		this.importId = importId;
		this.user = user;
		this.startedAt = startedAt;
	}

	public String importId() {
		return importId;
	}

	public String user() {
		return user;
	}

	public String startedAt() {
		return startedAt;
	}

}
