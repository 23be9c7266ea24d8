package org.liaisongraph.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.source.Provenance;
import org.springframework.stereotype.Service;

/**
 * The bounded lists of seizures behind the totals an analysis answers with: the largest first, at
 * most {@code first} (default {@value #DEFAULT_FIRST}, at most {@value #MAX_FIRST}) per state or per
 * year, read only when the client selects them.
 */
@Service
class SeizureLists {

	static final int DEFAULT_FIRST = 10;

	static final int MAX_FIRST = 100;

	private final GraphReader reader;

	private final NamedQueries queries;

	SeizureLists(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

	/**
	 * How many seizures the client asked for at {@code path} of the selection (the largest {@code first}
	 * among the fields selected there), 0 when it selected none.
	 * @throws BadRequestException when a {@code first} is out of range
	 */
	static int requested(DataFetchingFieldSelectionSet selection, String path) {
		int most = 0;
		if (selection == null) {
			return DEFAULT_FIRST;
		}
		for (SelectedField field : selection.getFields(path)) {
			Object first = field.getArguments().get("first");
			int asked = Inputs.between((first instanceof Number n) ? n.intValue() : DEFAULT_FIRST, 1, MAX_FIRST, "first");
			most = Math.max(most, asked);
		}
		return most;
	}

	/** The first seizures of a list read at the largest {@code first} asked. */
	static List<Seizure> first(List<Seizure> seizures, int first) {
		return seizures.subList(0, Math.min(first, seizures.size()));
	}

	/** The largest seizures shipped from each state or its ports in the year, by ISO code; none when first is 0. */
	Map<String, List<Seizure>> ofStates(List<String> states, int year, int first, boolean includeIllustrative) {
		var lists = new HashMap<String, List<Seizure>>();
		if (first == 0 || states.isEmpty()) {
			return lists;
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("states", states);
		parameters.put("year", year);
		parameters.put("first", first);
		parameters.put("includeIllustrative", includeIllustrative);
		parameters.put("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		reader.records(queries.get("country-seizures"), parameters)
			.forEach(r -> lists.put(r.get("iso2").asString(), r.get("seizures").asList(z -> reader.node(Seizure.class, z))));
		return lists;
	}

}
