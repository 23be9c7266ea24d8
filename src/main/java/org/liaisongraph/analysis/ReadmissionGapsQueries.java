package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.state.State;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * Which states whose nationals are in the home state's prisons (or convicted there) no treaty
 * obliges to readmit them.
 */
@Service
public class ReadmissionGapsQueries {

	private static final Comparator<ReadmissionGaps> ORDER = Comparator
		.comparing(ReadmissionGaps::covered)
		// the most nationals in prison first, states with no published figure after them
		.thenComparing(g -> g.detained() == null)
		.thenComparingInt(g -> (g.detained() == null) ? 0 : -g.detained().count())
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

	/** The complete answer: every field of each row. */
	public List<ReadmissionGaps> readmissionGaps(Integer sinceYear, LocalDate asOf, boolean includeBlocPartners,
			boolean includeIllustrative) {
		return readmissionGaps(sinceYear, asOf, includeBlocPartners, includeIllustrative, true);
	}

	/**
	 * The answer; without {@code details} the obligations name no home-side party ({@code via}) and
	 * their treaties and clauses are not graded, so the rows' facts and grades leave them out: for an
	 * answer that shows neither.
	 */
	public List<ReadmissionGaps> readmissionGaps(Integer sinceYear, LocalDate asOf, boolean includeBlocPartners,
			boolean includeIllustrative, boolean details) {
		var parameters = new HashMap<String, Object>();
		parameters.put("homeState", liaison.homeState());
		parameters.put("asOf", asOf);
		parameters.put("includeBlocPartners", includeBlocPartners);
		parameters.put("sinceYear", checkYear(sinceYear, "sinceYear"));
		parameters.put("includeIllustrative", includeIllustrative);
		parameters.put("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		parameters.put("details", details);
		return reader.records(queries.get("readmission-gaps"), parameters)
			.stream()
			.map(this::gaps)
			.sorted(ORDER)
			.toList();
	}

	private ReadmissionGaps gaps(Record r) {
		var state = reader.node(State.class, r.get("s"));
		return ReadmissionGaps.of(state, r.get("referenceDate").asLocalDate(null),
				ReadmissionGaps.detention(reader, r.get("detained"), state, reader.node(State.class, r.get("home"))),
				ReadmissionGaps.Figure.read(reader, r.get("convictions")), TreatyGaps.Link.read(reader, r.get("treaties")),
				liaison.homeState());
	}

	/** A year within the range the graph holds figures for (1900-2100); null stays null. */
	static Integer checkYear(Integer year, String field) {
		if (year != null && (year < 1900 || year > 2100)) {
			throw new BadRequestException(field, "must be a year between 1900 and 2100, was " + year);
		}
		return year;
	}

}
