package org.liaisongraph.security;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.api.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Who is logged in, and the password users an ADMIN manages. */
@Controller
class UserController {

	record CurrentUser(String name, List<Role> roles, boolean clearedForRestricted) {
	}

	record AddUserInput(String name, String password, List<Role> roles, Boolean enabled) {
	}

	record UpdateUserInput(String name, Integer version, String password, List<Role> roles, Boolean enabled) {
	}

	record RemoveUserInput(String name, Integer version) {
	}

	record UserPayload(UserAccount user) {
	}

	record RemoveUserPayload(String name) {
	}

	private final UserAccounts accounts;

	private final Access access;

	private final Paging paging;

	UserController(UserAccounts accounts, Access access, Paging paging) {
		this.accounts = accounts;
		this.access = access;
		this.paging = paging;
	}

	@QueryMapping
	CurrentUser me() {
		access.require(Role.VIEWER, "reading who you are");
		return new CurrentUser(access.user(), access.roles(), access.clearedForRestricted());
	}

	@QueryMapping
	Connection<UserAccount> users(ScrollSubrange subrange, DataFetchingEnvironment env) {
		List<UserAccount> all = accounts.all();
		return paging.page(subrange, env, page -> {
			int from = (int) Math.min(page.offset(), all.size());
			return new PageOfItems<>(all.subList(from, Math.min(from + page.limit(), all.size())), all.size());
		});
	}

	@MutationMapping
	UserPayload addUser(@Argument AddUserInput input) {
		return new UserPayload(accounts.add(input.name(), input.password(), input.roles(), input.enabled()));
	}

	@MutationMapping
	UserPayload updateUser(@Argument UpdateUserInput input) {
		return new UserPayload(accounts.update(input.name(), input.version(), input.password(), input.roles(),
				input.enabled()));
	}

	@MutationMapping
	RemoveUserPayload removeUser(@Argument RemoveUserInput input) {
		return new RemoveUserPayload(accounts.remove(input.name(), input.version()));
	}

}
