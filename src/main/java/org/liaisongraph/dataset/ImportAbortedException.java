package org.liaisongraph.dataset;

/**
 * An import that passed its checks but failed while writing; everything it wrote has been undone,
 * or will be at the next start if the rollback itself could not finish.
 */
public class ImportAbortedException extends RuntimeException {

	ImportAbortedException(String message, Throwable cause) {
		super(message, cause);
	}

}
