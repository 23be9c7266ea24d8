package org.liaisongraph.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the {@link Provenance} fields of every fact type: on a fact node from the sources its
 * {@code sources} field loads (the same data loader, so no statement more), on a fact held by a
 * relationship (a rating, a membership, a party) from its one {@code source}.
 */
@Component
class ProvenanceWiring implements RuntimeWiringConfigurer {

	/** The GraphQL types of the facts held by relationships, each with one {@code source}. */
	static final List<String> RELATIONSHIP_FACTS = List.of("Membership", "Rating", "Conviction", "ConvictionFigure",
			"DetentionFigure",
			"Party", "Participation", "InformationSharing");

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (FactLabel label : FactLabel.values()) {
			wiring.type(label.label(), type -> provenance(type, env -> {
				DataLoader<Object, List<SourceRef>> sources = env.getDataLoader(label.label() + ".sources");
				return sources.load(env.getSource())
					.thenApply(refs -> Provenance.weakest(refs.stream().map(ref -> ref.source().reliability()).toList()));
			}));
		}
		for (String fact : RELATIONSHIP_FACTS) {
			wiring.type(fact, type -> provenance(type, env -> {
				Source source = ((Sourced) env.getSource()).source();
				return CompletableFuture.completedFuture((source != null) ? source.reliability() : null);
			}));
		}
	}

	private static TypeRuntimeWiring.Builder provenance(TypeRuntimeWiring.Builder type,
			Function<DataFetchingEnvironment, CompletableFuture<String>> grade) {
		return type.dataFetcher("grade", grade::apply)
			.dataFetcher("illustrative", env -> grade.apply(env).thenApply(Provenance::illustrative));
	}

}
