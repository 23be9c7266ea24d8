package org.liaisongraph.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Base64 offset cursors, as Spring Boot would configure them, except that a cursor the API never
 * issued is reported as BAD_REQUEST rather than as an internal error.
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

	@Bean
	EncodingCursorStrategy<ScrollPosition> checkedCursorStrategy() {
		var positions = new ScrollPositionCursorStrategy();
		var base64 = CursorEncoder.base64();
		return CursorStrategy.withEncoder(new CursorStrategy<>() {

			@Override
			public boolean supports(Class<?> targetType) {
				return positions.supports(targetType);
			}

			@Override
			public String toCursor(ScrollPosition position) {
				return positions.toCursor(position);
			}

			@Override
			public ScrollPosition fromCursor(String cursor) {
				try {
					return positions.fromCursor(cursor);
				}
				catch (RuntimeException ex) {
					throw invalid();
				}
			}
		}, new CursorEncoder() {

			@Override
			public String encode(String cursor) {
				return base64.encode(cursor);
			}

			@Override
			public String decode(String cursor) {
				try {
					return base64.decode(cursor);
				}
				catch (RuntimeException ex) {
					throw invalid();
				}
			}
		});
	}

	private static BadRequestException invalid() {
		return new BadRequestException("after/before", "is not a cursor issued by this API");
	}

}
