package org.liaisongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaisongraph.maritime.SeaArea;
import org.liaisongraph.treaty.ClauseType;

/** The pages' labels cover the model's vocabulary, in the three languages. */
class WebLabelsTests {

	private static final Path LABELS = Path.of("src/main/resources/static/web/i18n.js");

	@Test
	void everyClauseTypeHasALabelInEnglishDutchAndFrench() throws IOException {
		String labels = Files.readString(LABELS);
		for (ClauseType type : ClauseType.values()) {
			assertThat(hasThreeLabels(labels, "clause", type)).as(type.name()).isTrue();
		}
	}

	@Test
	void everyNamedSeaAreaHasALabelInEnglishDutchAndFrenchAndIsOfferedOnTheMap() throws IOException {
		String labels = Files.readString(LABELS);
		String map = Files.readString(LABELS.resolveSibling("pages/map.js"));
		for (SeaArea area : SeaArea.values()) {
			assertThat(hasThreeLabels(labels, "seaArea", area)).as(area.name()).isTrue();
			assertThat(map).as(area.name()).contains("'" + area.name() + "'");
		}
	}

	private static boolean hasThreeLabels(String labels, String prefix, Enum<?> value) {
		return Pattern.compile("'" + prefix + "\\." + value.name() + "': \\[('[^']*'|\"[^\"]*\")(, ('[^']*'|\"[^\"]*\")){2}\\]")
			.matcher(labels)
			.find();
	}

}
