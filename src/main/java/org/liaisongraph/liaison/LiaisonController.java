package org.liaisongraph.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.liaisongraph.agency.Agency;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.liaison.LiaisonQueries.OfficerOnDate;
import org.liaisongraph.port.Port;
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
class LiaisonController {

	private final LiaisonQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	private final Clock clock;

	LiaisonController(LiaisonQueries queries, Paging paging, SourceQueries sources, Clock clock,
			BatchLoaderRegistry registry) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
		this.clock = clock;
		registry.<OfficerOnDate, Boolean>forName("officerPosted")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> queries.posted(keys)));
	}

	@QueryMapping
	Connection<LiaisonOfficer> liaisonOfficers(@Argument LiaisonOfficerFilter filter, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.officers(filter != null ? filter : LiaisonOfficerFilter.NONE, page));
	}

	@SchemaMapping(typeName = "LiaisonOfficer")
	CompletableFuture<Boolean> activeOn(LiaisonOfficer officer, @Argument LocalDate date,
			DataLoader<OfficerOnDate, Boolean> officerPosted) {
		return officerPosted.load(new OfficerOnDate(officer.id(), date != null ? date : LocalDate.now(clock)));
	}

	@BatchMapping(typeName = "LiaisonOfficer")
	Map<LiaisonOfficer, Port> port(List<LiaisonOfficer> officers) {
		return queries.portOf(officers);
	}

	@BatchMapping(typeName = "LiaisonOfficer")
	Map<LiaisonOfficer, State> accreditedTo(List<LiaisonOfficer> officers) {
		return queries.accreditedTo(officers);
	}

	@BatchMapping(typeName = "LiaisonOfficer")
	Map<LiaisonOfficer, Agency> agency(List<LiaisonOfficer> officers) {
		return queries.agencyOf(officers);
	}

	@BatchMapping(typeName = "LiaisonOfficer")
	Map<LiaisonOfficer, Post> post(List<LiaisonOfficer> officers) {
		return queries.postOf(officers);
	}

	@BatchMapping(typeName = "LiaisonOfficer", field = "sources")
	Map<LiaisonOfficer, List<SourceRef>> officerSources(List<LiaisonOfficer> officers) {
		return sources.supporting(FactLabel.LIAISON_OFFICER, officers, LiaisonOfficer::id);
	}

	@BatchMapping(typeName = "Port")
	Map<Port, List<LiaisonOfficer>> liaisonOfficers(List<Port> ports) {
		return queries.officersAt(ports);
	}

	@BatchMapping(typeName = "Post")
	Map<Post, State> state(List<Post> posts) {
		return queries.stateOf(posts);
	}

	@BatchMapping(typeName = "Post")
	Map<Post, List<Port>> covers(List<Post> posts) {
		return queries.covers(posts);
	}

	@BatchMapping(typeName = "Post", field = "sources")
	Map<Post, List<SourceRef>> postSources(List<Post> posts) {
		return sources.supporting(FactLabel.POST, posts, Post::id);
	}

}
