package org.liaisongraph.route;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.port.Port;
import org.liaisongraph.state.State;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class RouteController {

	private final RouteQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	RouteController(RouteQueries queries, Paging paging, SourceQueries sources) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
	}

	@QueryMapping
	Connection<TraffickingRoute> routes(@Argument RouteFilter filter, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.routes(filter != null ? filter : RouteFilter.NONE, page));
	}

	@QueryMapping
	Connection<Seizure> seizures(@Argument SeizureFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.seizures(filter != null ? filter : SeizureFilter.NONE, page));
	}

	@BatchMapping(typeName = "TraffickingRoute")
	Map<TraffickingRoute, List<RouteCall>> calls(List<TraffickingRoute> routes) {
		return queries.calls(routes);
	}

	@BatchMapping(typeName = "TraffickingRoute")
	Map<TraffickingRoute, List<Leg>> legs(List<TraffickingRoute> routes) {
		return queries.legs(routes);
	}

	@BatchMapping(typeName = "TraffickingRoute", field = "seizures")
	Map<TraffickingRoute, List<Seizure>> routeSeizures(List<TraffickingRoute> routes) {
		return queries.seizuresOn(routes);
	}

	@BatchMapping(typeName = "TraffickingRoute", field = "sources")
	Map<TraffickingRoute, List<SourceRef>> routeSources(List<TraffickingRoute> routes) {
		return sources.supporting(FactLabel.TRAFFICKING_ROUTE, routes, TraffickingRoute::id);
	}

	@BatchMapping(typeName = "Port")
	Map<Port, List<RouteCall>> routes(List<Port> ports) {
		return queries.callsAt(ports);
	}

	@BatchMapping(typeName = "Port", field = "seizures")
	Map<Port, List<Seizure>> portSeizures(List<Port> ports) {
		return queries.seizuresAt(ports);
	}

	@BatchMapping(typeName = "Port")
	Map<Port, List<Seizure>> seizuresShippedFrom(List<Port> ports) {
		return queries.seizuresShippedFrom(ports);
	}

	@BatchMapping(typeName = "Seizure")
	Map<Seizure, Port> at(List<Seizure> seizures) {
		return queries.portOf(seizures);
	}

	@BatchMapping(typeName = "Seizure")
	Map<Seizure, Port> shippedFrom(List<Seizure> seizures) {
		return queries.originOf(seizures);
	}

	@BatchMapping(typeName = "Seizure")
	Map<Seizure, State> shippedFromState(List<Seizure> seizures) {
		return queries.originStateOf(seizures);
	}

	@BatchMapping(typeName = "Seizure")
	Map<Seizure, Seizure> partOf(List<Seizure> seizures) {
		return queries.wholeOf(seizures);
	}

	@BatchMapping(typeName = "Seizure")
	Map<Seizure, List<Seizure>> parts(List<Seizure> seizures) {
		return queries.partsOf(seizures);
	}

	@BatchMapping(typeName = "Seizure")
	Map<Seizure, TraffickingRoute> route(List<Seizure> seizures) {
		return queries.routeOf(seizures);
	}

	@BatchMapping(typeName = "Seizure", field = "sources")
	Map<Seizure, List<SourceRef>> seizureSources(List<Seizure> seizures) {
		return sources.supporting(FactLabel.SEIZURE, seizures, Seizure::id);
	}

}
