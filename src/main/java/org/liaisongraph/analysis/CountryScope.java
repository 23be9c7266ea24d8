package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.source.Provenance;

/**
 * What the country analyses that rank or judge states look at: the year of seizures and scores
 * (null: the latest year with a seizure whose origin counts), the date, and whether the home state's
 * bloc partners and the facts invented for illustration count.
 */
public record CountryScope(Integer year, LocalDate asOf, boolean includeBlocPartners, boolean includeIllustrative) {

	/** The parameters of the statement, seen from the home state, the corruption index read. */
	Map<String, Object> parameters(String homeState) {
		var parameters = new HashMap<String, Object>();
		parameters.put("homeState", homeState);
		parameters.put("year", ReadmissionGapsQueries.checkYear(year, "year"));
		parameters.put("asOf", asOf);
		parameters.put("includeBlocPartners", includeBlocPartners);
		parameters.put("includeIllustrative", includeIllustrative);
		parameters.put("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		parameters.put("index", CountryPrioritiesQueries.CORRUPTION_INDEX);
		return parameters;
	}

}
