package org.liaisongraph.dataset;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long import for the terminal: a line at most every two seconds with the rows done,
 * the rate and the time left, and always a last line; an import shorter than that gets only the last.
 */
final class ImportProgress {

	static final Duration INTERVAL = Duration.ofSeconds(2);

	private final String phase;

	private final String unit;

	private final long total;

	private final LongSupplier nanoClock;

	private final Consumer<String> out;

	private final long started;

	private long lastReport;

	private long done;

	/**
	 * @param phase     what is counted, e.g. "Checked" or "Written"
	 * @param total     rows expected, or 0 when not known yet
	 * @param nanoClock System::nanoTime, or a test's clock
	 * @param out       where the lines go
	 */
	ImportProgress(String phase, long total, LongSupplier nanoClock, Consumer<String> out) {
		this(phase, "rows", total, nanoClock, out);
	}

	/** The same, counting {@code unit} (e.g. "places") rather than rows. */
	ImportProgress(String phase, String unit, long total, LongSupplier nanoClock, Consumer<String> out) {
		this.phase = phase;
		this.unit = unit;
		this.total = total;
		this.nanoClock = nanoClock;
		this.out = out;
		this.started = nanoClock.getAsLong();
		this.lastReport = started;
	}

	void advance(long rows) {
		done += rows;
		long now = nanoClock.getAsLong();
		if (now - lastReport >= INTERVAL.toNanos()) {
			lastReport = now;
			out.accept(line(now));
		}
	}

	/** The last line: rows, time and rate of the whole phase. */
	String finish() {
		long nanos = nanoClock.getAsLong() - started;
		return String.format(Locale.ROOT, "%s %,d %s in %.1f s (%,d %s/s)", phase, done, unit, nanos / 1e9,
				rate(done, nanos), unit);
	}

	long millis() {
		return (nanoClock.getAsLong() - started) / 1_000_000;
	}

	private String line(long now) {
		long nanos = now - started;
		long rate = rate(done, nanos);
		if (total <= 0) {
			return String.format(Locale.ROOT, "%s %,d %s, %,d %s/s", phase, done, unit, rate, unit);
		}
		long secondsLeft = (rate > 0) ? Math.round((double) (total - done) / rate) : -1;
		return String.format(Locale.ROOT, "%s %,d / %,d %s (%d%%), %,d %s/s, %s left", phase, done, total, unit,
				done * 100 / total, rate, unit, (secondsLeft < 0) ? "unknown time" : "about " + secondsLeft + " s");
	}

	private static long rate(long rows, long nanos) {
		return (nanos > 0) ? Math.round(rows * 1e9 / nanos) : 0;
	}

}
