package org.liaisongraph.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a verified bearer token into the user's roles, read from the configured claim. Values that
 * name no role are ignored, so a token with none reaches nothing but health.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

	private final AccessProperties.Jwt settings;

	JwtRoles(AccessProperties.Jwt settings) {
		this.settings = settings;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Set<GrantedAuthority> authorities = new LinkedHashSet<>();
		values(claim(jwt.getClaims(), settings.rolesClaim())).flatMap(value -> Role.named(value).stream())
			.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		String name = Optional.ofNullable(jwt.getClaimAsString(settings.principalClaim())).orElse(jwt.getSubject());
		return new JwtAuthenticationToken(jwt, authorities, name);
	}

	private static Object claim(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(part);
		}
		return value;
	}

	private static Stream<String> values(Object claim) {
		return switch (claim) {
			case null -> Stream.empty();
			case Collection<?> list -> list.stream().map(String::valueOf);
			case String text -> Stream.of(text.split("[\\s,]+")).filter(s -> !s.isEmpty());
			default -> List.of(String.valueOf(claim)).stream();
		};
	}

}
