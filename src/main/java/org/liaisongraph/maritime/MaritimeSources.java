package org.liaisongraph.maritime;

import java.util.List;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code sources} field of every maritime fact, registered once per kind of fact: one
 * statement per level for all the facts of a kind, in the data loader named
 * {@code <label>.sources} that the facts' grades read too.
 */
@Component
class MaritimeSources implements RuntimeWiringConfigurer {

	MaritimeSources(SourceQueries sources, BatchLoaderRegistry registry) {
		for (Class<?> type : MaritimeFact.class.getPermittedSubclasses()) {
			FactLabel label = MaritimeFact.label(type);
			registry.<MaritimeFact, List<SourceRef>>forName(loader(label))
				.registerMappedBatchLoader(
						(facts, env) -> Mono.fromCallable(() -> sources.supporting(label, facts, MaritimeFact::id)));
		}
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (Class<?> type : MaritimeFact.class.getPermittedSubclasses()) {
			FactLabel label = MaritimeFact.label(type);
			wiring.type(label.label(), fields -> fields.dataFetcher("sources", env -> {
				DataLoader<MaritimeFact, List<SourceRef>> loader = env.getDataLoader(loader(label));
				return loader.load(env.getSource());
			}));
		}
	}

	private static String loader(FactLabel label) {
		return label.label() + ".sources";
	}

}
