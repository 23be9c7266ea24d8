package org.liaisongraph.edit;

import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.liaisongraph.api.RequestUser;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the add, update and remove mutation of every entity and fact form to its editor: the
 * schema declares each one with its own input and payload types, the editors handle them alike.
 * The arguments are read here, once, into the typed inputs of {@link WriteInput}.
 */
@Component
class MutationWiring implements RuntimeWiringConfigurer {

	private final EntityEditor entities;

	private final FactEditor facts;

	private final Access access;

	MutationWiring(EntityEditor entities, FactEditor facts, Access access) {
		this.entities = entities;
		this.facts = facts;
		this.access = access;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Mutation", type -> {
			for (EntityForm form : EntityForm.ALL) {
				type.dataFetcher("add" + form.label(),
						fetcher((input, user) -> entities.add(form, WriteInput.Entity.read(form, input), user)));
				type.dataFetcher("update" + form.label(),
						fetcher((input, user) -> entities.update(form, WriteInput.Entity.read(form, input), user)));
				type.dataFetcher("remove" + form.label(),
						fetcher((input, user) -> entities.remove(form, WriteInput.Entity.read(form, input), user)));
			}
			for (FactForm form : FactForm.ALL) {
				type.dataFetcher("add" + form.name(),
						fetcher((input, user) -> facts.add(form, WriteInput.Fact.read(form, input), user)));
				type.dataFetcher("update" + form.name(),
						fetcher((input, user) -> facts.update(form, WriteInput.Fact.read(form, input), user)));
				type.dataFetcher("remove" + form.name(),
						fetcher((input, user) -> facts.remove(form, WriteInput.Fact.read(form, input), user)));
			}
			return type;
		});
	}

	private DataFetcher<Map<String, Object>> fetcher(Write write) {
		return (DataFetchingEnvironment env) -> {
			access.require(Role.EDITOR, "changing the graph");
			return write.apply(env.getArgument("input"), RequestUser.require(env.getGraphQlContext()));
		};
	}

	@FunctionalInterface
	private interface Write {

		Map<String, Object> apply(Map<String, Object> input, String user);

	}

}
