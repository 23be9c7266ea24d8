package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** Which states lack which required clause types in their bilateral treaties with the home state. */
@Service
public class TreatyGapsQueries {

	private static final Comparator<TreatyGaps> ORDER = Comparator
		.<TreatyGaps>comparingInt(g -> -g.missing().size())
		.thenComparing(g -> g.state().name())
		.thenComparing(g -> g.state().iso2());

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	TreatyGapsQueries(GraphReader reader, NamedQueries queries, LiaisonProperties liaison) {
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
	}

	/** The complete answer: every field of each row. */
	public List<TreatyGaps> treatyGaps(Selection selection, List<ClauseType> required, LocalDate asOf,
			boolean includeMultilateral) {
		return treatyGaps(selection, required, asOf, includeMultilateral, true, false);
	}

	/**
	 * The answer; without {@code complete}, each row holds only its bilateral treaties in force, their
	 * clause types and what follows from them (hasBilateralTreaty, covered, missing): no treaty not in
	 * force, no multilateral one, no home-side party ({@code via}) and no graded fact, which the
	 * statement then never reads ({@code treaty-gaps-bilateral}). Only without includeMultilateral,
	 * where those treaties alone decide the gaps. With {@code treatyIds} as well, each treaty holds its
	 * id and nothing else: for an answer that shows nothing else of a treaty.
	 */
	public List<TreatyGaps> treatyGaps(Selection selection, List<ClauseType> required, LocalDate asOf,
			boolean includeMultilateral, boolean complete, boolean treatyIds) {
		if (required != null && required.isEmpty()) {
			throw new BadRequestException("required", "must name at least one clause type");
		}
		Set<ClauseType> requiredTypes = EnumSet.copyOf((required != null) ? required : ClauseType.REQUIRED_BY_DEFAULT);
		var parameters = selection.parameters();
		parameters.put("homeState", liaison.homeState());
		parameters.put("asOf", asOf);
		boolean bilateral = !complete && !includeMultilateral;
		parameters.put("treatyIds", bilateral && treatyIds);
		String statement = bilateral ? "treaty-gaps-bilateral" : "treaty-gaps";
		Record answer = reader.records(queries.get(statement), parameters).getFirst();
		checkKeys(answer, parameters);
		return answer.get("gaps")
			.asList(row -> gaps(row, requiredTypes, includeMultilateral))
			.stream()
			.sorted(ORDER)
			.toList();
	}

	private TreatyGaps gaps(Value r, Set<ClauseType> required, boolean includeMultilateral) {
		var links = TreatyGaps.Link.read(reader, r.get("treaties"));
		var bilateral = links.stream().filter(TreatyGaps.Link::bilateralInForce).toList();
		var multilateral = links.stream().filter(l -> !l.bilateral() && l.inForce()).toList();
		var closing = includeMultilateral ? links.stream().filter(TreatyGaps.Link::inForce).toList() : bilateral;
		var missing = TreatyGaps.Link.missing(closing, required);
		return new TreatyGaps(reader.node(State.class, r.get("s")), !bilateral.isEmpty(),
				bilateral.stream().map(l -> TreatyGaps.Coverage.of(l, required)).toList(),
				links.stream().filter(l -> l.bilateral() && !l.inForce()).map(TreatyGaps.Link::treaty).toList(),
				multilateral.stream().map(l -> TreatyGaps.Coverage.of(l, required)).toList(),
				required.stream().filter(t -> !missing.contains(t)).toList(), missing,
				// the treaties that decide the gaps; those only listed beside are graded on their own
				UsedFact.all(closing.stream().flatMap(l -> l.usedFacts().stream()).toList()));
	}

	private static void checkKeys(Record keys, Map<String, Object> parameters) {
		List<String> unknownStates = keys.get("unknownStates").asList(Value::asString);
		if (!unknownStates.isEmpty()) {
			throw new NotFoundException("state", "states", unknownStates.getFirst());
		}
		if (keys.get("unknownBloc").asBoolean()) {
			throw new NotFoundException("bloc", "bloc", (String) parameters.get("bloc"));
		}
		if (keys.get("unknownRegion").asBoolean()) {
			throw new NotFoundException("state", "region", (String) parameters.get("region"));
		}
		// Several subregions may be asked for at once (Latin America), not all of which need states in the graph.
		List<String> unknownSubregions = keys.get("unknownSubregions").asList(Value::asString);
		if (!unknownSubregions.isEmpty() && unknownSubregions.size() == ((List<?>) parameters.get("subregions")).size()) {
			throw new NotFoundException("state", "subregion", unknownSubregions.getFirst());
		}
	}

	/** The states asked for; the conditions combine with AND, none given means states on active routes. */
	public record Selection(List<String> states, String region, List<String> subregions, String bloc) {

		Map<String, Object> parameters() {
			var p = new HashMap<String, Object>();
			p.put("states", nonEmpty(Inputs.iso2s(states, "states"), "states"));
			p.put("region", Inputs.text(region));
			p.put("subregions", nonEmpty((subregions != null) ? subregions.stream().map(Inputs::text).toList() : null,
					"subregion"));
			p.put("bloc", Inputs.code(bloc, "bloc"));
			return p;
		}

		private static List<String> nonEmpty(List<String> values, String field) {
			if (values != null && (values.isEmpty() || values.contains(null))) {
				throw new BadRequestException(field, "must list at least one value and no blank one");
			}
			return values;
		}

	}

}
