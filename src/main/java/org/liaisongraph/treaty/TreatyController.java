package org.liaisongraph.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.api.Paging;
import org.liaisongraph.compiled.CompiledReads;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.TreatyQueries.StateTreaties;
import org.liaisongraph.treaty.TreatyQueries.TreatyClauses;
import org.liaisongraph.treaty.TreatyQueries.TreatyOnDate;
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

	private final SourceQueries sources;

	private final Clock clock;

	private final CompiledReads compiled;

	TreatyController(TreatyQueries queries, SourceQueries sources, Clock clock, CompiledReads compiled,
			BatchLoaderRegistry registry) {
		this.compiled = compiled;
		this.queries = queries;
		this.sources = sources;
		this.clock = clock;
		registry.<StateTreaties, List<Treaty>>forName("stateTreaties")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.treatiesOf(keys)));
		registry.<TreatyOnDate, Boolean>forName("treatyInForce")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.inForce(keys)));
		registry.<TreatyClauses, List<Clause>>forName("treatyClauses")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.clauses(keys)));
	}

	@QueryMapping
	List<ClauseTypeRule> clauseTypes() {
		return Arrays.stream(ClauseType.values())
			.map(type -> new ClauseTypeRule(type, type.satisfied(), ClauseType.REQUIRED_BY_DEFAULT.contains(type),
					ClauseType.COOPERATION.contains(type)))
			.toList();
	}

	/** A clause type as the analyses read it. */
	record ClauseTypeRule(ClauseType type, List<ClauseType> satisfies, boolean requiredByDefault, boolean cooperation) {
	}

	@QueryMapping
	Treaty treaty(@Argument String id) {
		return queries.treaty(id);
	}

	/** In one statement when the selection compiles, else through the loaders of the nested fields. */
	@QueryMapping
	Connection<?> treaties(@Argument TreatyFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		TreatyFilter given = (filter != null) ? filter : TreatyFilter.NONE;
		return compiled.page(subrange, env, "Treaty", (page, selection) -> queries.treaties(given, page, selection),
				page -> queries.treaties(given, page));
	}

	@SchemaMapping(typeName = "State")
	CompletableFuture<List<Treaty>> treaties(State state, @Argument LocalDate inForceOn, @Argument TreatyKind kind,
			@Argument Integer first, @Argument String after, DataLoader<StateTreaties, List<Treaty>> stateTreaties) {
		return stateTreaties
			.load(new StateTreaties(state.iso2(), kind, inForceOn, Paging.nestedFirst(first), Inputs.text(after)));
	}

	@SchemaMapping(typeName = "Treaty")
	CompletableFuture<Boolean> inForceOn(Treaty treaty, @Argument LocalDate date,
			DataLoader<TreatyOnDate, Boolean> treatyInForce) {
		return treatyInForce.load(new TreatyOnDate(treaty.id(), date != null ? date : LocalDate.now(clock)));
	}

	@BatchMapping(typeName = "Treaty")
	Map<Treaty, List<Party>> parties(List<Treaty> treaties) {
		return queries.parties(treaties);
	}

	@SchemaMapping(typeName = "Treaty")
	CompletableFuture<List<Clause>> clauses(Treaty treaty, @Argument Integer first, @Argument String after,
			DataLoader<TreatyClauses, List<Clause>> treatyClauses) {
		return treatyClauses.load(new TreatyClauses(treaty.id(), Paging.nestedFirst(first), Inputs.text(after)));
	}

	@SchemaMapping(typeName = "Treaty")
	CompletableFuture<List<ClauseType>> clauseTypes(Treaty treaty, DataLoader<TreatyClauses, List<Clause>> treatyClauses) {
		return treatyClauses.load(TreatyClauses.all(treaty)).thenApply(clauses -> clauses.stream().map(Clause::type).distinct().sorted().toList());
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
