package org.liaisongraph.api;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.web.multipart.MultipartFile;

/**
 * The scalars: {@code Date}, ISO-8601 calendar dates as {@link java.time.LocalDate};
 * {@code DateTime} and {@code JSON} (audit entries); and {@code Upload}, a file part of a multipart
 * request as a {@link MultipartFile}.
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	/** Only {@link MultipartGraphQl} puts files into variables; nothing else can produce one. */
	static final GraphQLScalarType UPLOAD = GraphQLScalarType.newScalar()
		.name("Upload")
		.description("A file part of a multipart request (GraphQL multipart request spec)")
		.coercing(new Coercing<MultipartFile, Void>() {

			@Override
			public MultipartFile parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof MultipartFile file) {
					return file;
				}
				throw new CoercingParseValueException("Upload: expected a file part of a multipart request, got "
						+ ((input != null) ? input.getClass().getSimpleName() : "null"));
			}

			@Override
			public MultipartFile parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				throw new CoercingParseLiteralException(
						"Upload: a file can only be a variable of a multipart request, not a literal");
			}

			@Override
			public Void serialize(Object result, GraphQLContext context, Locale locale) {
				throw new CoercingSerializeException("Upload is an input type only");
			}

		})
		.build();

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Json)
			.scalar(UPLOAD);
	}

}
