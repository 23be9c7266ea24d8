package org.liaisongraph.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.liaisongraph.report.AnnualReport.FactRef;
import org.liaisongraph.report.AnnualReport.Item;
import org.liaisongraph.report.AnnualReport.SourceUse;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.source.Source;

/**
 * The sources of every fact node, read once per report, which grade the facts the report names
 * (their weakest source, {@link Provenance}) and list the sources it rests on.
 */
final class Grades {

	private final Map<String, Map<String, List<Source>>> sourcesByLabel;

	private final boolean includeIllustrative;

	/** Facts named so far, in order, for the table of sources. */
	private final Map<String, FactRef> named = new LinkedHashMap<>();

	Grades(Map<String, Map<String, List<Source>>> sourcesByLabel, boolean includeIllustrative) {
		this.sourcesByLabel = sourcesByLabel;
		this.includeIllustrative = includeIllustrative;
	}

	/** The label and key property of every fact label, as {@code queries/report-grades.cypher} takes them. */
	static Map<String, String> keyOf() {
		var keyOf = new HashMap<String, String>();
		for (FactLabel label : FactLabel.values()) {
			keyOf.put(label.label(), label.key());
		}
		return keyOf;
	}

	FactRef fact(FactLabel label, String key) {
		String grade = Provenance.weakest(sources(label.label(), key).stream().map(Source::reliability).toList());
		var fact = new FactRef(label.label(), key, grade, Provenance.illustrative(grade));
		named.putIfAbsent(label.label() + ":" + key, fact);
		return fact;
	}

	/** An item of a figure: graded by its weakest fact, counted unless invented and not asked for. */
	Item item(String text, double amount, List<FactRef> facts) {
		String grade = Provenance.weakest(facts.stream().map(FactRef::grade).toList());
		boolean illustrative = facts.stream().anyMatch(FactRef::illustrative);
		return new Item(text, amount, grade, illustrative, includeIllustrative || !illustrative, facts);
	}

	/**
	 * An item counted by an analysis that grades its facts as a whole: graded by their weakest source,
	 * so one invented fact among them keeps it out of the figure unless invented facts are asked for.
	 */
	Item aggregate(double amount, String grade) {
		boolean illustrative = Provenance.illustrative(grade);
		return new Item(String.valueOf(amount % 1 == 0 ? (long) amount : amount), amount, grade, illustrative,
				includeIllustrative || !illustrative, List.of());
	}

	/** An item whose amount may not be published: listed as withheld, never counted. */
	Item withheld(String text, String grade) {
		return new Item(text, 0, grade, Provenance.illustrative(grade), false, List.of());
	}

	static double total(Collection<Item> items) {
		return items.stream().filter(Item::counted).mapToDouble(Item::amount).sum();
	}

	/** Every source behind a fact named, with how many of the named facts rest on it, by id. */
	List<SourceUse> sourcesUsed() {
		Map<String, Source> sources = new TreeMap<>();
		Map<String, Integer> counts = new HashMap<>();
		for (FactRef fact : named.values()) {
			for (Source source : sources(fact.label(), fact.key())) {
				sources.put(source.id(), source);
				counts.merge(source.id(), 1, Integer::sum);
			}
		}
		var used = new ArrayList<SourceUse>();
		sources.forEach((id, source) -> used.add(new SourceUse(source, counts.get(id))));
		return used;
	}

	private List<Source> sources(String label, String key) {
		return sourcesByLabel.getOrDefault(label, Map.of()).getOrDefault(Objects.toString(key), List.of());
	}

}
