package org.liaisongraph.analysis;

/** An answer row about a state's seizures of a year, which it carries as their total. */
public interface SeizedInYear {

	/** The total. */
	SeizedTotal seized();

	default double seizedKg() {
		return seized().kg();
	}

	default int seizureCount() {
		return seized().count();
	}

	default String seizureGrade() {
		return seized().grade();
	}

}
