package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.sanction.SanctionStatus;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * States that meet every negligence criterion (low corruption score, large quantities seized from
 * their ports, no cooperation treaty) and against which no measure is adopted yet.
 */
@Service
class SanctionCandidatesQueries {

	private static final Comparator<SanctionCandidate> ORDER = Comparator
		.<SanctionCandidate>comparingDouble(c -> -c.seizedKg())
		.thenComparing(c -> c.state().name())
		.thenComparing(c -> c.state().iso2());

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	SanctionCandidatesQueries(GraphReader reader, NamedQueries queries, LiaisonProperties liaison) {
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
	}

	List<SanctionCandidate> candidates(double maxCorruptionScore, double minSeizedKg, CountryScope scope) {
		if (maxCorruptionScore < 0) {
			throw new BadRequestException("maxCorruptionScore", "must not be negative, was " + maxCorruptionScore);
		}
		if (minSeizedKg < 0) {
			throw new BadRequestException("minSeizedKg", "must not be negative, was " + minSeizedKg);
		}
		var parameters = scope.parameters(liaison.homeState());
		parameters.put("maxCorruptionScore", maxCorruptionScore);
		parameters.put("minSeizedKg", minSeizedKg);
		return reader.records(queries.get("sanction-candidates"), parameters)
			.stream()
			.flatMap(r -> candidate(r, scope.asOf()).stream())
			.sorted(ORDER)
			.toList();
	}

	/** The state of a row, unless a measure against it is adopted or a bilateral treaty in force has a cooperation clause. */
	private Optional<SanctionCandidate> candidate(Record r, LocalDate asOf) {
		var measures = r.get("measures").asList(m -> reader.node(SanctionMeasure.class, m));
		var treaties = TreatyGaps.Link.read(reader, r.get("treaties"))
			.stream()
			.filter(TreatyGaps.Link::bilateralInForce)
			.toList();
		if (measures.stream().anyMatch(m -> m.adoptedOn(asOf))
				|| treaties.stream().anyMatch(l -> ClauseType.COOPERATION.stream().anyMatch(l::satisfies))) {
			return Optional.empty();
		}
		return Optional.of(new SanctionCandidate(reader.node(State.class, r.get("s")), r.get("year").asInt(),
				CountryPriority.Rating.read(reader, r.get("rating")), r.get("seizedKg").asDouble(),
				r.get("seizures").asList(z -> reader.node(Seizure.class, z)),
				treaties.stream().map(TreatyGaps.Link::treaty).toList(),
				measures.stream().filter(m -> m.status() == SanctionStatus.PROPOSED).toList()));
	}

}
