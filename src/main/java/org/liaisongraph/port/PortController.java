package org.liaisongraph.port;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.api.Paging;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.liaisongraph.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class PortController {

	private final PortQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	PortController(PortQueries queries, Paging paging, SourceQueries sources) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
	}

	@QueryMapping
	Port port(@Argument String locode) {
		return queries.port(Inputs.locode(locode, "locode"));
	}

	@QueryMapping
	Connection<Port> ports(@Argument PortFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.ports(filter != null ? filter : PortFilter.NONE, page));
	}

	@BatchMapping(typeName = "State")
	Map<State, List<Port>> ports(List<State> states) {
		return queries.portsOf(states);
	}

	@BatchMapping(typeName = "Port")
	Map<Port, State> state(List<Port> ports) {
		return queries.stateOf(ports);
	}

	@BatchMapping(typeName = "Port", field = "sources")
	Map<Port, List<SourceRef>> portSources(List<Port> ports) {
		return sources.supporting(FactLabel.PORT, ports, Port::locode);
	}

}
