package org.liaisongraph.state;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.compiled.CompiledReads;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class StateController {

	private final StateQueries queries;

	private final SourceQueries sources;

	private final CompiledReads compiled;

	StateController(StateQueries queries, SourceQueries sources, CompiledReads compiled,
			BatchLoaderRegistry registry) {
		this.queries = queries;
		this.compiled = compiled;
		this.sources = sources;
		registry.<State, List<Rating>>forName("stateRatings")
			.registerMappedBatchLoader((states, env) -> Mono.fromCallable(() -> queries.ratings(states)));
	}

	@QueryMapping
	State state(@Argument String iso2) {
		return queries.state(Inputs.iso2(iso2, "iso2"));
	}

	/** In one statement when the selection compiles, else through the loaders of the nested fields. */
	@QueryMapping
	Connection<?> states(@Argument StateFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		StateFilter given = (filter != null) ? filter : StateFilter.NONE;
		return compiled.page(subrange, env, "State", (page, selection) -> queries.states(given, page, selection),
				page -> queries.states(given, page));
	}

	@QueryMapping
	List<Bloc> blocs() {
		return queries.blocs();
	}

	@BatchMapping(typeName = "Bloc")
	Map<Bloc, List<State>> members(List<Bloc> blocs) {
		return queries.members(blocs);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Membership>> memberships(List<State> states) {
		return queries.memberships(states);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Conviction>> convictionsAbroad(List<State> states) {
		return queries.convictions(states);
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Detention>> detainedAbroad(List<State> states) {
		return queries.detentions(states);
	}

	@SchemaMapping(typeName = "State")
	CompletableFuture<List<Rating>> ratings(State state, @Argument String index,
			DataLoader<State, List<Rating>> stateRatings) {
		String code = Inputs.code(index, "index");
		return stateRatings.load(state)
			.thenApply(all -> all.stream().filter(r -> code == null || r.index().code().equals(code)).toList());
	}

	@BatchMapping(typeName = "State", field = "sources")
	Map<State, List<SourceRef>> stateSources(List<State> states) {
		return sources.supporting(FactLabel.STATE, states, State::iso2);
	}

	@BatchMapping(typeName = "Index", field = "sources")
	Map<Index, List<SourceRef>> indexSources(List<Index> indexes) {
		return sources.supporting(FactLabel.INDEX, indexes, Index::code);
	}

	@BatchMapping(typeName = "Bloc", field = "sources")
	Map<Bloc, List<SourceRef>> blocSources(List<Bloc> blocs) {
		return sources.supporting(FactLabel.BLOC, blocs, Bloc::code);
	}

}
