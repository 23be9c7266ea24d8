package org.liaisongraph.source;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Inputs;

/** Filter of the {@code sources} query. */
record SourceFilter(String reliability, String publisherContains) {

	static final SourceFilter NONE = new SourceFilter(null, null);

	private static final Set<String> RELIABILITY = Set.of("A", "B", "C", "D", "E", "F");

	Map<String, Object> parameters() {
		String letter = (reliability != null) ? reliability.trim().toUpperCase(Locale.ROOT) : null;
		if (letter != null && !RELIABILITY.contains(letter)) {
			throw new BadRequestException("filter.reliability", "must be an Admiralty letter A to F");
		}
		var p = new HashMap<String, Object>();
		p.put("reliability", letter);
		p.put("publisherContains", Inputs.text(publisherContains));
		return p;
	}

}
