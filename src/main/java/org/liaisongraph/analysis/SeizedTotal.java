package org.liaisongraph.analysis;

import org.neo4j.driver.Value;

/**
 * A place's seizure total of a year as an analysis read it ({@code seizure-total} fragment): the kg
 * and number of the seizures that count, and the weakest grade among them.
 *
 * @param place the total's place, as its {@code SeizureTotal} names it ({@code State:EC})
 * @param grade null when no seizure counts
 */
record SeizedTotal(String place, int year, double kg, int count, String grade) {

	static SeizedTotal read(String place, int year, Value seized) {
		return new SeizedTotal(place, year, seized.get("kg").asDouble(), seized.get("count").asInt(),
				seized.get("grade").isNull() ? null : seized.get("grade").asString());
	}

	/** The total as a fact an answer used, graded by its weakest seizure; {@code SeizureTotal State:EC 2023}. */
	UsedFact fact() {
		return new UsedFact("SeizureTotal", place + " " + year, grade);
	}

}
