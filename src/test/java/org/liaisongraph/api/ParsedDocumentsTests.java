package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** Which documents are parsed and validated once, and which every time. */
class ParsedDocumentsTests {

	private final ParsedDocuments documents = new ParsedDocuments();

	private final AtomicInteger parsed = new AtomicInteger();

	@Test
	void aValidDocumentIsParsedOnceForEveryRequestThatSendsTheSameText() {
		Function<ExecutionInput, PreparsedDocumentEntry> valid = input -> {
			parsed.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		};
		var first = documents.getDocumentAsync(input("{ states { totalCount } }"), valid).join();
		var second = documents.getDocumentAsync(input("{ states { totalCount } }"), valid).join();
		documents.getDocumentAsync(input("{ states { nodes { iso2 } } }"), valid).join();

		assertThat(second.getDocument()).isSameAs(first.getDocument());
		assertThat(parsed).hasValue(2);
	}

	@Test
	void aRefusedDocumentIsParsedAndRefusedAgainEachTime() {
		Function<ExecutionInput, PreparsedDocumentEntry> refused = input -> {
			parsed.incrementAndGet();
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("refused").build());
		};
		documents.getDocumentAsync(input("{ nothing }"), refused).join();
		var again = documents.getDocumentAsync(input("{ nothing }"), refused).join();

		assertThat(again.hasErrors()).isTrue();
		assertThat(parsed).hasValue(2);
	}

	@Test
	void aVeryLongDocumentIsNotKept() {
		String query = "{ states { totalCount } }" + " ".repeat(10_000);
		Function<ExecutionInput, PreparsedDocumentEntry> valid = input -> {
			parsed.incrementAndGet();
			return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
		};
		documents.getDocumentAsync(input(query), valid).join();
		documents.getDocumentAsync(input(query), valid).join();

		assertThat(parsed).hasValue(2);
	}

	private static ExecutionInput input(String query) {
		return ExecutionInput.newExecutionInput(query).build();
	}

}
