package org.liaisongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.liaisongraph.alert.AlertKind;
import org.liaisongraph.maritime.SeaArea;
import org.liaisongraph.treaty.ClauseType;

/** The pages' labels cover the model's vocabulary and every label the pages ask for, in the three languages. */
class WebLabelsTests {

	private static final Path WEB = Path.of("src/main/resources/static/web");

	private static final Path LABELS = WEB.resolve("i18n.js");

	/** A key the pages ask for by name: t('key', ...) in a script, data-i18n="key" in the page. */
	private static final Pattern USED = Pattern.compile("\\bt\\('([^']+)'|data-i18n(?:-placeholder)?=\"([^\"]+)\"");

	@Test
	void everyClauseTypeHasALabelInEnglishDutchAndFrench() throws IOException {
		String labels = Files.readString(LABELS);
		for (ClauseType type : ClauseType.values()) {
			assertThat(hasThreeLabels(labels, "clause." + type.name())).as(type.name()).isTrue();
		}
	}

	@Test
	void everyNamedSeaAreaHasALabelInEnglishDutchAndFrenchAndIsOfferedOnTheMap() throws IOException {
		String labels = Files.readString(LABELS);
		String map = Files.readString(LABELS.resolveSibling("pages/map.js"));
		for (SeaArea area : SeaArea.values()) {
			assertThat(hasThreeLabels(labels, "seaArea." + area.name())).as(area.name()).isTrue();
			assertThat(map).as(area.name()).contains("'" + area.name() + "'");
		}
	}

	@Test
	void everyAlertKindHasALabelInEnglishDutchAndFrench() throws IOException {
		String labels = Files.readString(LABELS);
		for (AlertKind kind : AlertKind.values()) {
			assertThat(hasThreeLabels(labels, "alert." + kind.name())).as(kind.name()).isTrue();
		}
	}

	@Test
	void everyLabelThePagesAskForByNameHasEnglishDutchAndFrench() throws IOException {
		String labels = Files.readString(LABELS);
		List<Path> pages = new ArrayList<>();
		pages.add(WEB.resolveSibling("index.html"));
		try (Stream<Path> scripts = Files.walk(WEB)) {
			scripts.filter(p -> p.toString().endsWith(".js")).forEach(pages::add);
		}
		List<String> missing = new ArrayList<>();
		for (Path page : pages) {
			Matcher used = USED.matcher(Files.readString(page));
			while (used.find()) {
				String key = (used.group(1) != null) ? used.group(1) : used.group(2);
				// a key built at run time (t('alert.' + kind)) is checked against its vocabulary above
				if (!key.endsWith(".") && !hasThreeLabels(labels, key)) {
					missing.add(page.getFileName() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static boolean hasThreeLabels(String labels, String key) {
		return Pattern.compile("'" + Pattern.quote(key) + "': \\[\\s*('[^']*'|\"[^\"]*\")(,\\s*('[^']*'|\"[^\"]*\")){2}\\s*\\]")
			.matcher(labels)
			.find();
	}

}
