package org.liaisongraph.alert;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.liaisongraph.analysis.CountryPrioritiesQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.springframework.stereotype.Service;

/** Runs {@code queries/alerts.cypher}: every kind of alert in one statement. */
@Service
public class AlertQueries {

	static final int MAX_HORIZON_DAYS = 366;

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	AlertQueries(GraphReader reader, NamedQueries queries, LiaisonProperties liaison) {
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
	}

	/**
	 * The alerts on the date, by day.
	 * @param horizonDays how far ahead (and, for seizures and scores, back) to look
	 * @param cpiMargin   the fall in points of a corruption score that alerts
	 */
	public List<Alert> alerts(LocalDate asOf, int horizonDays, double cpiMargin) {
		Inputs.between(horizonDays, 0, MAX_HORIZON_DAYS, "horizonDays");
		if (cpiMargin <= 0) {
			throw new BadRequestException("cpiMargin", "must be more than 0, was " + cpiMargin);
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("homeState", liaison.homeState());
		parameters.put("asOf", asOf);
		parameters.put("horizonDays", horizonDays);
		parameters.put("cpiMargin", cpiMargin);
		parameters.put("index", CountryPrioritiesQueries.CORRUPTION_INDEX);
		parameters.put("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		return reader.list(queries.get("alerts"), parameters,
				r -> new Alert(AlertKind.valueOf(r.get("kind").asString()), r.get("on").asLocalDate(),
						r.get("entityType").asString(), r.get("entityKey").asObject().toString(),
						r.get("subject").asString(null), r.get("amount").isNull() ? null : r.get("amount").asDouble(),
						r.get("illustrative").asBoolean()));
	}

}
