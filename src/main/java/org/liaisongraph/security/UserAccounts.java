package org.liaisongraph.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.liaisongraph.api.InputProblem;
import org.liaisongraph.api.InvalidInputException;
import org.liaisongraph.api.Problems;
import org.liaisongraph.api.Writes;
import org.liaisongraph.api.Writes.Change;
import org.liaisongraph.api.Writes.Written;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The users an ADMIN manages: {@code UserAccount} nodes holding a bcrypt hash of the password, who
 * log in with HTTP Basic beside the configured (or demo) users. Each change is checked in full
 * before anything is written, names the version it read, and commits with its audit entry; the
 * audit trail records when a password was set, never the password or its hash.
 */
@Service
class UserAccounts {

	private static final int MIN_PASSWORD_LENGTH = 12;

	/** bcrypt reads no further. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

	private static final String STATE = "u {.name, .roles, .enabled, .version, .passwordSetAt} AS u";

	private final Neo4jClient client;

	private final Writes writes;

	private final PasswordEncoder passwords;

	private final Access access;

	private final ObjectProvider<Users> fixed;

	private final Clock clock;

	UserAccounts(Neo4jClient client, Writes writes, PasswordEncoder passwords, Access access,
			ObjectProvider<Users> fixed, Clock clock) {
		this.client = client;
		this.writes = writes;
		this.passwords = passwords;
		this.access = access;
		this.fixed = fixed;
		this.clock = clock;
	}

	/** The graph's user of this name, any case, with its hash, for logging in. */
	Optional<UserDetails> login(String name) {
		return client.query("MATCH (u:UserAccount {name: $name}) RETURN u")
			.bind(name.toLowerCase(Locale.ROOT))
			.to("name")
			.fetchAs(UserDetails.class)
			.mappedBy((types, row) -> {
				Value u = row.get("u");
				return User.withUsername(u.get("name").asString())
					.password(u.get("passwordHash").asString())
					.authorities(u.get("roles").asList(role -> Role.valueOf(role.asString()).authority())
						.toArray(String[]::new))
					.disabled(!u.get("enabled").asBoolean())
					.build();
			})
			.one();
	}

	/** Every password user, configured, demo and in the graph, by name. */
	List<UserAccount> all() {
		access.require(Role.ADMIN, "listing users");
		List<UserAccount> users = new ArrayList<>();
		fixed.ifAvailable(configured -> configured.all()
			.forEach(user -> users.add(new UserAccount(user.getUsername(), Role.granted(user.getAuthorities()), user.isEnabled(),
					configured.origin(), null, null))));
		client.query("MATCH (u:UserAccount) RETURN " + STATE)
			.fetch()
			.all()
			.forEach(row -> users.add(account(state(row.get("u")))));
		users.sort(Comparator.comparing(UserAccount::name));
		return users;
	}

	UserAccount add(String rawName, String password, List<Role> roles, Boolean enabled) {
		access.require(Role.ADMIN, "adding a user");
		var problems = new Problems();
		String name = name(rawName, problems);
		checkPassword(password, name, problems);
		checkRoles(roles, problems);
		problems.throwIfAny();
		var parameters = new HashMap<String, Object>();
		parameters.put("name", name);
		parameters.put("hash", passwords.encode(password));
		parameters.put("roles", roleNames(roles));
		parameters.put("enabled", enabled == null || enabled);
		parameters.put("now", now());
		try {
			return writes.write(access.user(), checked -> null, none -> {
				var after = client.query("""
						CREATE (u:UserAccount {name: $name, passwordHash: $hash, roles: $roles, enabled: $enabled,
						  version: 1, passwordSetAt: $now})
						RETURN""" + " " + STATE).bindAll(parameters).fetch().one().map(row -> state(row.get("u"))).orElseThrow();
				return written("addUser", name, null, after, account(after));
			});
		}
		catch (DataIntegrityViolationException ex) {
			// the unique constraint on the name
			throw new InvalidInputException(
					List.of(InputProblem.badRequest("input.name", "a user '" + name + "' already exists")));
		}
	}

	UserAccount update(String rawName, Integer version, String password, List<Role> roles, Boolean enabled) {
		access.require(Role.ADMIN, "changing a user");
		var problems = new Problems();
		String name = name(rawName, problems);
		if (password != null) {
			checkPassword(password, name, problems);
		}
		if (roles != null) {
			checkRoles(roles, problems);
		}
		if (isCurrentUser(name)) {
			if (Boolean.FALSE.equals(enabled)) {
				problems.badRequest("input.enabled", "you cannot disable your own account");
			}
			if (roles != null && !roles.contains(Role.ADMIN)) {
				problems.badRequest("input.roles", "you cannot take the role ADMIN from yourself");
			}
		}
		problems.throwIfAny();
		var parameters = new HashMap<String, Object>();
		parameters.put("name", name);
		parameters.put("hash", (password != null) ? passwords.encode(password) : null);
		parameters.put("roles", (roles != null) ? roleNames(roles) : null);
		parameters.put("enabled", enabled);
		parameters.put("now", now());
		return writes.write(access.user(), stale -> current(name, version, stale), before -> {
			var after = client.query("""
					MATCH (u:UserAccount {name: $name})
					SET u.roles = coalesce($roles, u.roles), u.enabled = coalesce($enabled, u.enabled),
					  u.passwordHash = coalesce($hash, u.passwordHash),
					  u.passwordSetAt = CASE WHEN $hash IS NULL THEN u.passwordSetAt ELSE $now END,
					  u.version = u.version + 1
					REMOVE u._LOCK_
					RETURN""" + " " + STATE).bindAll(parameters).fetch().one().map(row -> state(row.get("u"))).orElseThrow();
			return written("updateUser", name, before, after, account(after));
		});
	}

	/** Removes the user and returns the name removed. */
	String remove(String rawName, Integer version) {
		access.require(Role.ADMIN, "removing a user");
		var problems = new Problems();
		String name = name(rawName, problems);
		if (isCurrentUser(name)) {
			problems.badRequest("input.name", "you cannot remove your own account");
		}
		problems.throwIfAny();
		return writes.write(access.user(), stale -> current(name, version, stale), before -> {
			client.query("MATCH (u:UserAccount {name: $name}) DETACH DELETE u").bind(name).to("name").run();
			return written("removeUser", name, before, null, name);
		});
	}

	/** The user's recorded state, locked until the transaction ends; a problem unless it has the version named. */
	private Map<String, Object> current(String name, Integer version, Problems problems) {
		var state = locked(name).orElseThrow(() -> new InvalidInputException(
				List.of(InputProblem.notFound("input.name", "no user '" + name + "' was added here"))));
		Writes.checkVersion(version, state.get("version"), "user '" + name + "'", problems);
		return state;
	}

	private Optional<Map<String, Object>> locked(String name) {
		return client.query("MATCH (u:UserAccount {name: $name}) SET u._LOCK_ = true RETURN " + STATE)
			.bind(name)
			.to("name")
			.fetch()
			.one()
			.map(row -> state(row.get("u")));
	}

	/** A user's state as the audit trail records it: a plain map, the password's date as text. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> state(Object node) {
		var state = new LinkedHashMap<>((Map<String, Object>) node);
		state.computeIfPresent("passwordSetAt", (k, at) -> at.toString());
		return state;
	}

	/** The change as the audit trail records it, under the label UserAccount. */
	private static <T> Written<T> written(String operation, String name, Map<String, Object> before,
			Map<String, Object> after, T answer) {
		return new Written<>(new Change(operation, "UserAccount", name, before, after, List.of(), null), entry -> answer);
	}

	private String name(String raw, Problems problems) {
		String name = (raw != null) ? raw.strip().toLowerCase(Locale.ROOT) : "";
		if (!NAME.matcher(name).matches()) {
			problems.badRequest("input.name", "'" + raw + "' is not a user name: 2 to 64 letters, digits, '.', '_', '@' "
					+ "or '-', starting with a letter or digit");
			return null;
		}
		var configured = fixed.getIfAvailable();
		if (configured != null && configured.find(name).isPresent()) {
			problems.badRequest("input.name", "'" + name + "' is a " + configured.origin().name().toLowerCase(Locale.ROOT)
					+ " user, changed only in the configuration (liaison.security.users)");
			return null;
		}
		return name;
	}

	private static void checkPassword(String password, String name, Problems problems) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			problems.badRequest("input.password", "must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			problems.badRequest("input.password", "must have at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
		}
		else if (name != null && password.toLowerCase(Locale.ROOT).contains(name)) {
			problems.badRequest("input.password", "must not contain the user name");
		}
	}

	private static void checkRoles(List<Role> roles, Problems problems) {
		if (roles == null || roles.isEmpty()) {
			problems.badRequest("input.roles", "at least one role is needed");
		}
	}

	private static List<String> roleNames(List<Role> roles) {
		return roles.stream().map(Role::name).distinct().toList();
	}

	/** Now in UTC, like the graph's other timestamps. */
	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private boolean isCurrentUser(String name) {
		return name != null && name.equalsIgnoreCase(access.user());
	}

	@SuppressWarnings("unchecked")
	private static UserAccount account(Map<String, Object> state) {
		return new UserAccount((String) state.get("name"),
				((List<String>) state.get("roles")).stream().map(Role::valueOf).toList(),
				(Boolean) state.get("enabled"), UserOrigin.GRAPH, ((Number) state.get("version")).longValue(),
				ZonedDateTime.parse((String) state.get("passwordSetAt")).toOffsetDateTime());
	}

}
