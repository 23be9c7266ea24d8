package org.liaisongraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a user typed into a Lucene query for the full-text indexes: every word must match,
 * as a whole word or as the start of one ("ecua" finds Ecuador). Each word is escaped, so a
 * character of the Lucene syntax ({@code + - ! ( ) : ^ [ ] " { } ~ * ? | & / \}) is searched as
 * text and can neither break the query nor change what it asks; the words are lower-cased, so
 * AND, OR and NOT are words too.
 */
final class FullTextQuery {

	static final int MAX_LENGTH = 200;

	private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

	private FullTextQuery() {
	}

	/** The Lucene query, or empty when the text has no word to search for. */
	static Optional<String> of(String text) {
		List<String> clauses = new ArrayList<>();
		for (String word : text.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			// a word of punctuation only would be analysed into nothing, an empty required clause
			if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
				String escaped = escape(word);
				clauses.add("+(" + escaped + " " + escaped + "*)");
			}
		}
		return clauses.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", clauses));
	}

	static String escape(String word) {
		StringBuilder escaped = new StringBuilder(word.length() + 8);
		for (char c : word.toCharArray()) {
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
