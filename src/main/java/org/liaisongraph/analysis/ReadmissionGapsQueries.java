package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.state.State;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Which states whose nationals are convicted in the home state no treaty obliges to readmit them. */
@Service
class ReadmissionGapsQueries {

	private static final Comparator<ReadmissionGaps> ORDER = Comparator
		.comparing(ReadmissionGaps::covered)
		.thenComparingInt(g -> -g.totalConvicted())
		.thenComparing(g -> g.state().name())
		.thenComparing(g -> g.state().iso2());

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	ReadmissionGapsQueries(GraphReader reader, NamedQueries queries, LiaisonProperties liaison) {
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
	}

	List<ReadmissionGaps> readmissionGaps(Integer sinceYear, LocalDate asOf, boolean includeBlocPartners) {
		var parameters = new HashMap<String, Object>();
		parameters.put("homeState", liaison.homeState());
		parameters.put("asOf", asOf);
		parameters.put("includeBlocPartners", includeBlocPartners);
		parameters.put("sinceYear", checkYear(sinceYear, "sinceYear"));
		return reader.records(queries.get("readmission-gaps"), parameters)
			.stream()
			.map(r -> gaps(r, asOf))
			.sorted(ORDER)
			.toList();
	}

	private ReadmissionGaps gaps(Record r, LocalDate asOf) {
		var figures = ReadmissionGaps.Figure.read(reader, r.get("convictions"));
		return new ReadmissionGaps(reader.node(State.class, r.get("s")), figures,
				ReadmissionGaps.Obligation.of(TreatyGaps.Link.read(reader, r.get("treaties"))), liaison.homeState());
	}

	/** A year within the range the graph holds figures for (1900-2100); null stays null. */
	static Integer checkYear(Integer year, String field) {
		if (year != null && (year < 1900 || year > 2100)) {
			throw new BadRequestException(field, "must be a year between 1900 and 2100, was " + year);
		}
		return year;
	}

}
