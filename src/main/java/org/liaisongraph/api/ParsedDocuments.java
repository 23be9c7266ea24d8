package org.liaisongraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Documents parsed and validated once: a client sends the same query text again and again (with
 * other variables), and parsing and validating it cost as much as a small analysis. Only a document
 * that passed both is kept, keyed by its exact text: whatever depends on the variables or the user
 * (the limits measured before execution, restricted fields, deadlines) still runs on every request,
 * and a refused document is parsed, validated and refused again each time. Bounded in number and
 * in the size of what it keeps, so varied or large documents cannot fill the heap.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

	private static final int MAX_ENTRIES = 256;

	/** Longer documents are parsed every time; an application's queries are far shorter. */
	private static final int MAX_QUERY_LENGTH = 8_192;

	private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (query.length() > MAX_QUERY_LENGTH) {
			return CompletableFuture.completedFuture(parseAndValidate.apply(input));
		}
		PreparsedDocumentEntry entry;
		synchronized (entries) {
			entry = entries.get(query);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors()) {
				synchronized (entries) {
					entries.put(query, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

}
