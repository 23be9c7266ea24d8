package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ImportProgressTests {

	private static final long SECOND = 1_000_000_000L;

	private final AtomicLong clock = new AtomicLong();

	private final List<String> lines = new ArrayList<>();

	@Test
	void aLongImportReportsAtMostEveryTwoSecondsWithRateAndTimeLeft() {
		var progress = new ImportProgress("Written", 10_000, clock::get, lines::add);
		advance(progress, 1, 1_000);
		advance(progress, 2, 1_000);
		advance(progress, 3, 1_000);
		advance(progress, 4, 3_000);
		advance(progress, 5, 4_000);

		// 2 s: 2,000 rows at 1,000 rows/s, 8,000 left; 4 s: 6,000 rows at 1,500 rows/s, 4,000 left
		assertThat(lines).containsExactly("Written 2,000 / 10,000 rows (20%), 1,000 rows/s, about 8 s left",
				"Written 6,000 / 10,000 rows (60%), 1,500 rows/s, about 3 s left");
		assertThat(progress.finish()).isEqualTo("Written 10,000 rows in 5.0 s (2,000 rows/s)");
	}

	@Test
	void aShortImportReportsNothingBeforeItsLastLine() {
		var progress = new ImportProgress("Written", 500, clock::get, lines::add);
		clock.set(SECOND / 4);
		progress.advance(500);

		assertThat(lines).isEmpty();
		assertThat(progress.finish()).isEqualTo("Written 500 rows in 0.3 s (2,000 rows/s)");
	}

	@Test
	void withoutATotalOnlyTheRowsAndTheRateAreReported() {
		var progress = new ImportProgress("Checked", 0, clock::get, lines::add);
		advance(progress, 2, 5_000);

		assertThat(lines).containsExactly("Checked 5,000 rows, 2,500 rows/s");
	}

	private void advance(ImportProgress progress, long seconds, long rows) {
		clock.set(seconds * SECOND);
		progress.advance(rows);
	}

}
