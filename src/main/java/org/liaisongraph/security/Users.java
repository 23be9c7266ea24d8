package org.liaisongraph.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The HTTP Basic users the configuration fixes: those configured, or else one demo user per role.
 * Names are case-insensitive.
 */
final class Users {

	private static final Logger log = LoggerFactory.getLogger(Users.class);

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

	private static final String BCRYPT_PREFIX = "{bcrypt}";

	private final Map<String, UserDetails> byName = new LinkedHashMap<>();

	private final UserOrigin origin;

	private Users(List<UserDetails> users, UserOrigin origin) {
		users.forEach(user -> byName.put(user.getUsername().toLowerCase(Locale.ROOT), user));
		this.origin = origin;
	}

	/** The password of the demo user of a role: the role's name in lower case, then {@code -demo}. */
	static String demoPassword(Role role) {
		return demoName(role) + "-demo";
	}

	static String demoName(Role role) {
		return role.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The users to authenticate.
	 * @throws IllegalStateException naming the property when a configured user is incomplete or its
	 * password is not a bcrypt hash
	 */
	static Users of(AccessProperties properties) {
		List<UserDetails> users = new ArrayList<>();
		for (int i = 0; i < properties.users().size(); i++) {
			users.add(configured(properties.users().get(i), "liaison.security.users[" + i + "]"));
		}
		if (users.isEmpty() && properties.demoUsers()) {
			users.addAll(demo());
			log.warn("No users configured (liaison.security.users): created the demo users {} with their documented "
					+ "passwords. Anyone who reads the README can log in; configure real users before real data.",
					users.stream().map(UserDetails::getUsername).toList());
			return new Users(users, UserOrigin.DEMO);
		}
		if (users.isEmpty()) {
			log.warn("No users configured (liaison.security.users) and demo users off: only the users an ADMIN adds "
					+ "and bearer tokens can log in");
		}
		return new Users(users, UserOrigin.CONFIGURED);
	}

	/** The user of this name, any case. */
	Optional<UserDetails> find(String name) {
		// a copy: Spring Security erases the credentials of the user it logged in
		return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT))).map(user -> User.withUserDetails(user).build());
	}

	List<UserDetails> all() {
		return List.copyOf(byName.values());
	}

	/** Where these users come from: the configuration, or the demo users' defaults. */
	UserOrigin origin() {
		return origin;
	}

	private static UserDetails configured(AccessProperties.User user, String property) {
		if (user.name() == null || user.name().isBlank()) {
			throw new IllegalStateException(property + ".name: every user needs a name");
		}
		if (user.roles() == null || user.roles().isEmpty()) {
			throw new IllegalStateException(property + ".roles: user " + user.name() + " needs at least one role of "
					+ List.of(Role.values()));
		}
		String hash = (user.password() != null) ? user.password().strip() : "";
		if (hash.startsWith(BCRYPT_PREFIX)) {
			hash = hash.substring(BCRYPT_PREFIX.length());
		}
		// A password in clear in a configuration file is refused rather than hashed on the fly.
		if (!BCRYPT.matcher(hash).matches()) {
			throw new IllegalStateException(property + ".password: the password of user " + user.name()
					+ " must be a bcrypt hash ($2a$..., $2b$... or $2y$...), not the password itself");
		}
		return User.withUsername(user.name().strip())
			.password(hash)
			.authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

	private static List<UserDetails> demo() {
		// The demo passwords are public, so the cheapest bcrypt cost protects them as well as any, and
		// keeps checking them on every stateless request cheap.
		var encoder = new BCryptPasswordEncoder(4);
		List<UserDetails> users = new ArrayList<>();
		for (Role role : Role.values()) {
			users.add(User.withUsername(demoName(role))
				.password(encoder.encode(demoPassword(role)))
				.authorities(role.authority())
				.build());
		}
		return users;
	}

}
