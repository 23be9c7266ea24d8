package org.liaisongraph.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.liaisongraph.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class TreatyController {

	private final TreatyQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	private final Clock clock;

	TreatyController(TreatyQueries queries, Paging paging, SourceQueries sources, Clock clock,
			BatchLoaderRegistry registry) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
		this.clock = clock;
		registry.<State, List<Treaty>>forName("stateTreaties")
			.registerMappedBatchLoader((states, env) -> Mono.fromCallable(() -> queries.treatiesOf(states)));
		registry.<Treaty, List<Clause>>forName("treatyClauses")
			.registerMappedBatchLoader((treaties, env) -> Mono.fromCallable(() -> queries.clauses(treaties)));
	}

	@QueryMapping
	Treaty treaty(@Argument String id) {
		return queries.treaty(id);
	}

	@QueryMapping
	Connection<Treaty> treaties(@Argument TreatyFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.treaties(filter != null ? filter : TreatyFilter.NONE, page));
	}

	@SchemaMapping(typeName = "State")
	CompletableFuture<List<Treaty>> treaties(State state, @Argument LocalDate inForceOn, @Argument TreatyKind kind,
			DataLoader<State, List<Treaty>> stateTreaties) {
		return stateTreaties.load(state)
			.thenApply(all -> all.stream()
				.filter(t -> inForceOn == null || t.inForceOn(inForceOn))
				.filter(t -> kind == null || t.kind() == kind)
				.toList());
	}

	@SchemaMapping(typeName = "Treaty")
	boolean inForceOn(Treaty treaty, @Argument LocalDate date) {
		return treaty.inForceOn(date != null ? date : LocalDate.now(clock));
	}

	@BatchMapping(typeName = "Treaty")
	Map<Treaty, List<Party>> parties(List<Treaty> treaties) {
		return queries.parties(treaties);
	}

	@SchemaMapping(typeName = "Treaty")
	CompletableFuture<List<Clause>> clauses(Treaty treaty, DataLoader<Treaty, List<Clause>> treatyClauses) {
		return treatyClauses.load(treaty);
	}

	@SchemaMapping(typeName = "Treaty")
	CompletableFuture<List<ClauseType>> clauseTypes(Treaty treaty, DataLoader<Treaty, List<Clause>> treatyClauses) {
		return treatyClauses.load(treaty).thenApply(clauses -> clauses.stream().map(Clause::type).distinct().sorted().toList());
	}

	@BatchMapping(typeName = "Clause")
	Map<Clause, Treaty> treaty(List<Clause> clauses) {
		return queries.treatyOf(clauses);
	}

	@BatchMapping(typeName = "Treaty", field = "sources")
	Map<Treaty, List<SourceRef>> treatySources(List<Treaty> treaties) {
		return sources.supporting(FactLabel.TREATY, treaties, Treaty::id);
	}

	@BatchMapping(typeName = "Clause", field = "sources")
	Map<Clause, List<SourceRef>> clauseSources(List<Clause> clauses) {
		return sources.supporting(FactLabel.CLAUSE, clauses, Clause::id);
	}

}
