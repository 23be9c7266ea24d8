package org.liaisongraph.dataset;

import java.util.List;
import java.util.Objects;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.RestrictedFields;
import org.liaisongraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The export over GraphQL, for analysts: the import's CSV files as text. Restricted columns are
 * left empty, with a FORBIDDEN error, for users not cleared for them; a cleared user's export is
 * logged as a read of them ({@link RestrictedFields}).
 */
@Controller
class ExportController {

	record ExportedFile(String name, String content) {
	}

	record ExportDatasetPayload(List<ExportedFile> files) {
	}

	private final GraphExporter exporter;

	private final Access access;

	private final RestrictedFields restricted;

	ExportController(GraphExporter exporter, Access access, RestrictedFields restricted) {
		this.exporter = exporter;
		this.access = access;
		this.restricted = restricted;
	}

	@QueryMapping
	DataFetcherResult<ExportDatasetPayload> exportDataset(@Argument String label, DataFetchingEnvironment env) {
		access.require(Role.ANALYST, "exporting the graph");
		boolean cleared = access.clearedForRestricted();
		List<ImportFile> files;
		try {
			files = exporter.export(label, !cleared);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("label", ex.getMessage());
		}
		var result = DataFetcherResult.<ExportDatasetPayload>newResult()
			.data(new ExportDatasetPayload(files.stream().map(f -> new ExportedFile(f.name(), f.content())).toList()));
		files.stream().map(ExportController::node).filter(Objects::nonNull).forEach(node -> RestrictedFields
			.restrictedProperties(node.label())
			.forEach(p -> {
				if (cleared) {
					restricted.logRead(node.label() + "." + p, "exportDataset");
				}
				else {
					result.error(restricted.hidden(env, node.label(), p, "; its column is left empty"));
				}
			}));
		return result.build();
	}

	/** The label a file holds, or null for a relationship type. */
	private static NodeSpec node(ImportFile file) {
		return GraphModel.node(file.name().substring(0, file.name().lastIndexOf('.')));
	}

}
