package org.liaisongraph.maritime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stretches of one sea path as sorted, disjoint intervals of its length index (degrees along the
 * line, as JTS's {@code LengthIndexedLine} counts): once each area's crossing of a path is known,
 * what is watched, and what is not, is interval arithmetic instead of a geometric overlay.
 */
final class Spans {

	/** Ends closer than this along the line (about 0.1 mm) touch: pieces cut at a vertex join again. */
	private static final double TOUCH = 1e-9;

	static final Spans NONE = new Spans(List.of());

	private final List<double[]> spans;

	private Spans(List<double[]> sorted) {
		this.spans = sorted;
	}

	static Spans of(double start, double end) {
		return (end - start > TOUCH) ? new Spans(List.<double[]>of(new double[] { start, end })) : NONE;
	}

	/** The union of any intervals, in any order, each given as {start, end} in either order. */
	static Spans union(List<double[]> intervals) {
		List<double[]> sorted = new ArrayList<>();
		for (double[] i : intervals) {
			sorted.add(new double[] { Math.min(i[0], i[1]), Math.max(i[0], i[1]) });
		}
		sorted.sort(Comparator.comparingDouble(i -> i[0]));
		List<double[]> merged = new ArrayList<>();
		for (double[] i : sorted) {
			double[] last = merged.isEmpty() ? null : merged.getLast();
			if (last != null && i[0] <= last[1] + TOUCH) {
				last[1] = Math.max(last[1], i[1]);
			}
			else {
				merged.add(i);
			}
		}
		merged.removeIf(i -> i[1] - i[0] <= TOUCH);
		return merged.isEmpty() ? NONE : new Spans(List.copyOf(merged));
	}

	Spans or(Spans other) {
		List<double[]> all = new ArrayList<>(spans);
		all.addAll(other.spans);
		return union(all);
	}

	Spans and(Spans other) {
		List<double[]> common = new ArrayList<>();
		for (double[] a : spans) {
			for (double[] b : other.spans) {
				double start = Math.max(a[0], b[0]);
				double end = Math.min(a[1], b[1]);
				if (end - start > TOUCH) {
					common.add(new double[] { start, end });
				}
			}
		}
		return union(common);
	}

	/** These stretches less the other's. */
	Spans minus(Spans other) {
		List<double[]> left = new ArrayList<>();
		for (double[] a : spans) {
			double start = a[0];
			for (double[] b : other.spans) {
				if (b[1] <= start || b[0] >= a[1]) {
					continue;
				}
				if (b[0] > start) {
					left.add(new double[] { start, b[0] });
				}
				start = Math.max(start, b[1]);
			}
			if (a[1] > start) {
				left.add(new double[] { start, a[1] });
			}
		}
		return union(left);
	}

	boolean isEmpty() {
		return spans.isEmpty();
	}

	/** The intervals, in order along the path. */
	List<double[]> intervals() {
		return spans;
	}

}
