package org.liaisongraph.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.PropertySpec;

/** What of a recorded state a user not cleared for restricted fields may see: the model's restricted properties go. */
final class RestrictedStates {

	private RestrictedStates() {
	}

	/** The restricted properties of the label, as the model declares them. */
	static List<String> restricted(String label) {
		var node = (label != null) ? GraphModel.node(label) : null;
		return (node == null) ? List.of()
				: node.properties().stream().filter(PropertySpec::restricted).map(PropertySpec::name).toList();
	}

	/** The state with each restricted field that has a value set to null, the names of those added to hidden. */
	static Object withoutRestricted(Object state, String label, Collection<String> hidden) {
		List<String> restricted = restricted(label);
		if (restricted.isEmpty() || !(state instanceof Map<?, ?> map)) {
			return state;
		}
		Map<Object, Object> copy = new LinkedHashMap<>(map);
		for (String field : restricted) {
			if (map.get(field) != null) {
				copy.put(field, null);
				hidden.add(field);
			}
		}
		return copy;
	}

}
