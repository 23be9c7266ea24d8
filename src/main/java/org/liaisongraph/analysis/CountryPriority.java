package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;
import org.liaisongraph.state.Detention;
import org.liaisongraph.state.Index;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;
import org.liaisongraph.treaty.Treaty;
import org.neo4j.driver.Value;

/**
 * A state's place in the task-force ranking: its score, the component of every factor, and the
 * facts the raw values were computed from.
 *
 * @param year                   the year of seizures and rating used, whose end bounds the prison figures' date
 * @param seized                 the seizures shipped from the state or its ports in the year, as its total
 * @param seizures               the largest of them, as many as the client asked for (none when it asked for none)
 * @param detained               its nationals in the home state's prisons on the latest reference date, null
 *                               when no figure was published for it
 * @param rating                 the corruption rating used, null when the state has none
 * @param bilateralTreaties      bilateral treaties in force on the date asked
 * @param missingClauseTypes     default required clause types none of them has
 * @param readmissionObligations binding readmission clauses covering the state
 * @param sanctions              adopted measures against the state in force on the date asked
 */
public record CountryPriority(int rank, State state, int year, double score, List<Component> components,
		List<RouteExposure> routes, SeizedTotal seized, List<Seizure> seizures, Rating rating, List<Treaty> bilateralTreaties,
		List<ClauseType> missingClauseTypes, Detention detained,
		List<ReadmissionGaps.Obligation> readmissionObligations, List<Port> portsWithoutLiaison,
		List<Port> portsWithLiaison, List<SanctionMeasure> sanctions) implements SeizedInYear {

	/** The weakest grade of the facts its components used. */
	public String grade() {
		return UsedFact.grade(components.stream().flatMap(c -> c.facts().stream()).toList());
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

	/** The factors of the score, with the name of their weight in {@code PriorityWeights}. */
	public enum Factor {

		ROUTE_EXPOSURE("routeExposure"), SEIZED_SHIPPED_FROM("seizedShippedFrom"), CORRUPTION("corruption"),
		TREATY_GAPS("treatyGaps"), READMISSION_GAP("readmissionGap"), LIAISON_GAP("liaisonGap"),
		SANCTIONS("sanctions");

		final String weightField;

		Factor(String weightField) {
			this.weightField = weightField;
		}

	}

	/**
	 * One factor's part of the score: {@code contribution = weight * normalised}, {@code normalised =
	 * raw / max(raw over the states compared)}, 0 when that maximum is 0 or raw is missing.
	 *
	 * @param raw  null when the fact is missing (no corruption score), which then contributes nothing
	 * @param note  why a factor contributes nothing, when a fact is missing
	 * @param facts the facts its raw value was computed from, graded
	 */
	public record Component(Factor factor, Double raw, double normalised, double weight, double contribution, String note,
			List<UsedFact> facts) {
	}

	/**
	 * An active route calling at the state's ports, weighted {@code 1 + seizedKg / 1000}.
	 *
	 * @param seized the seizures attributed to the route in the year, each counted once, as its total
	 * @param weight {@code 1 + seizedKg / 1000}, what the route adds to the route exposure
	 */
	public record RouteExposure(TraffickingRoute route, List<Port> ports, SeizedTotal seized, double weight) {

		/** What a route with this total adds to the route exposure. */
		static double weight(SeizedTotal seized) {
			return weight(seized.kg());
		}

		/** What a route with this many kilograms seized adds to the route exposure. */
		static double weight(double seizedKg) {
			return exposure(1, seizedKg);
		}

		/**
		 * The route exposure of routes with these kilograms seized on them in all: each route weighs 1
		 * plus its kilograms over 1,000, so their sum is their number plus all their kilograms over
		 * 1,000 (which lets the ranking read a state's routes as two figures).
		 */
		static double exposure(int routes, double seizedKg) {
			return routes + seizedKg / 1000;
		}

		public double seizedKg() {
			return seized.kg();
		}

		public int seizureCount() {
			return seized.count();
		}

	}

	/** A score on an index for one year, the latest in or before the year asked. */
	public record Rating(Index index, int year, double score, Source source, Integer version) implements Sourced {

		static Rating read(GraphReader reader, Value rating) {
			if (rating.isNull()) {
				return null;
			}
			return new Rating(reader.node(Index.class, rating.get("index")), rating.get("year").asInt(),
					rating.get("score").asNumber().doubleValue(), reader.node(Source.class, rating.get("source")),
					null);
		}

	}

}
