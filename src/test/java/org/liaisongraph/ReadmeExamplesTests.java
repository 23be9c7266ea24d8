package org.liaisongraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.support.IntegrationTest;

/**
 * The README's examples, run as an analyst pastes them into GraphiQL, on the reference dataset:
 * each answers every question it asks with something, and every fact it shows is graded A to C
 * (the examples ask for the grade of what they show), none invented.
 */
class ReadmeExamplesTests extends IntegrationTest {

	private static final Pattern EXAMPLE = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyReadmeExampleAnswersWithFactsGradedAToC() throws IOException {
		importer.importFiles(ImportFile.fromClasspath("classpath:dataset"));
		var examples = EXAMPLE.matcher(Files.readString(Path.of("README.md"))).results().map(m -> m.group(1)).toList();
		assertThat(examples).as("the README's GraphQL examples").hasSizeGreaterThanOrEqualTo(3);
		for (String example : examples) {
			var response = graphQl.mutate().responseTimeout(Duration.ofMinutes(2)).build().document(example).execute();
			response.errors().verify();
			Map<String, Object> data = response.returnResponse().getData();
			data.forEach((field, answer) -> assertThat(answer).as(field + " in\n" + example)
				.satisfiesAnyOf(a -> assertThat(a).isInstanceOf(Map.class),
						a -> assertThat((Collection<?>) a).isNotEmpty()));
			var grades = new ArrayList<Object>();
			var illustrative = new ArrayList<Object>();
			collect(data, grades, illustrative);
			assertThat(grades).as("the grades shown by\n" + example).isNotEmpty()
				.allSatisfy(grade -> assertThat(Provenance.confirmed((String) grade)).as("grade " + grade).isTrue());
			assertThat(illustrative).as("invented facts shown by\n" + example).containsOnly(false);
		}
	}

	private static void collect(Object value, List<Object> grades, List<Object> illustrative) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, v) -> {
				if ("grade".equals(key)) {
					grades.add(v);
				}
				else if ("illustrative".equals(key)) {
					illustrative.add(v);
				}
				else {
					collect(v, grades, illustrative);
				}
			});
		}
		else if (value instanceof Collection<?> list) {
			list.forEach(v -> collect(v, grades, illustrative));
		}
	}

}
