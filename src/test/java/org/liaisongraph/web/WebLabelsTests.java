package org.liaisongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaisongraph.treaty.ClauseType;

/** The pages' labels cover the model's vocabulary, in the three languages. */
class WebLabelsTests {

	private static final Path LABELS = Path.of("src/main/resources/static/web/i18n.js");

	@Test
	void everyClauseTypeHasALabelInEnglishDutchAndFrench() throws IOException {
		String labels = Files.readString(LABELS);
		for (ClauseType type : ClauseType.values()) {
			var entry = Pattern.compile("'clause\\." + type.name() + "': \\[('[^']*'|\"[^\"]*\")(, ('[^']*'|\"[^\"]*\")){2}\\]");
			assertThat(entry.matcher(labels).find()).as(type.name()).isTrue();
		}
	}

}
