package org.liaisongraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
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
 * The scalars: {@code Date}, ISO-8601 calendar dates as {@link LocalDate}, strictly;
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

	/**
	 * ISO-8601 calendar dates, strictly: a day that does not exist (2026-02-30) is refused, where the
	 * extended scalars' pattern would quietly make it the last day of the month. The import parses
	 * dates the same way ({@code LocalDate.parse}).
	 */
	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, yyyy-MM-dd")
		.coercing(new Coercing<LocalDate, String>() {

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return parse(input, CoercingParseValueException::new);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				return parse((input instanceof StringValue text) ? text.getValue() : input,
						CoercingParseLiteralException::new);
			}

			@Override
			public String serialize(Object result, GraphQLContext context, Locale locale) {
				if (result instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("Date: expected a LocalDate, got " + result);
			}

			private static <E extends RuntimeException> LocalDate parse(Object input, Function<String, E> error) {
				if (input instanceof LocalDate date) {
					return date;
				}
				if (!(input instanceof String text)) {
					throw error.apply("Date: expected a string yyyy-MM-dd, got " + input);
				}
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw error.apply("Date: '" + text + "' is not a date yyyy-MM-dd");
				}
			}

		})
		.build();

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(DATE)
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Json)
			.scalar(UPLOAD);
	}

}
