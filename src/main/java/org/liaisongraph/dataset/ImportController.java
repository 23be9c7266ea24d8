package org.liaisongraph.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.InputProblem;
import org.liaisongraph.api.RequestUser;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/** The dataset import over GraphQL: uploaded files, checked and written as any other import. */
@Controller
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	record ImportDatasetInput(List<MultipartFile> files) {
	}

	record ImportedFile(String name, int rows) {
	}

	record ImportDatasetPayload(List<ImportedFile> files, int rows, long millis) {
	}

	private final GraphImporter importer;

	private final Access access;

	ImportController(GraphImporter importer, Access access) {
		this.importer = importer;
		this.access = access;
	}

	@MutationMapping
	ImportDatasetPayload importDataset(@Argument ImportDatasetInput input, DataFetchingEnvironment env) {
		access.require(Role.EDITOR, "importing a dataset");
		String user = RequestUser.require(env.getGraphQlContext());
		if (input.files().isEmpty()) {
			throw new BadRequestException("input.files", "at least one file is needed");
		}
		// the name as uploaded, less any folder a browser sends with it
		var files = input.files()
			.stream()
			.map(file -> ImportInput.of(Objects.requireNonNullElse(StringUtils.getFilename(file.getOriginalFilename()), ""),
					file))
			.toList();
		ImportResult result = importer.importInputs(files, user);
		return new ImportDatasetPayload(
				result.rowsByFile().entrySet().stream().map(e -> new ImportedFile(e.getKey(), e.getValue())).toList(),
				result.rows(), result.millis());
	}

	/** One error per problem, so that a client can show each beside its file and line. */
	@GraphQlExceptionHandler
	List<GraphQLError> refused(ImportFailedException ex, DataFetchingEnvironment env) {
		List<GraphQLError> errors = new ArrayList<>();
		for (ImportProblem problem : ex.problems()) {
			errors.add(GraphqlErrorBuilder.newError(env)
				.errorType(problem.kind() == ImportProblem.Kind.UNKNOWN_KEY ? ErrorType.NOT_FOUND : ErrorType.BAD_REQUEST)
				.message(problem.toString())
				.extensions(Map.of("field", problem.field(), "file", problem.file(), "line", problem.line()))
				.build());
		}
		if (ex.omitted() > 0) {
			errors.add(GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message("... and " + ex.omitted() + " more problems")
				.extensions(Map.of("field", "input.files"))
				.build());
		}
		return errors;
	}

	@GraphQlExceptionHandler
	GraphQLError busy(ImportBusyException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(InputProblem.Conflict.CONFLICT)
			.message(ex.getMessage())
			.extensions(Map.of("import", ex.importId(), "user", ex.user(), "startedAt", ex.startedAt()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError aborted(ImportAbortedException ex, DataFetchingEnvironment env) {
		log.error("Import over GraphQL failed while writing", ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("The import failed while writing and was rolled back; nothing of it was kept")
			.build();
	}

}
