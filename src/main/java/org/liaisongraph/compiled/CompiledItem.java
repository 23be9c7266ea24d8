package org.liaisongraph.compiled;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.neo4j.driver.Value;

/**
 * An item a compiled statement read: the driver's list of its selected values, in the order of its
 * {@link Layout}, read as a map of field names only where a field is read by name (graphql-java's
 * fetchers, when {@link CompiledCompletion} leaves an item to them). Nothing is converted until it is
 * read: {@link CompiledCompletion} reads the values by position, without a map per item, and a
 * page of 100 states with their treaties and clauses is about 200,000 items.
 */
final class CompiledItem extends AbstractMap<String, Object> {

	private final Value values;

	private final Layout layout;

	CompiledItem(Value values, Layout layout) {
		this.values = values;
		this.layout = layout;
	}

	Value driverValues() {
		return values;
	}

	Layout layout() {
		return layout;
	}

	@Override
	public boolean containsKey(Object key) {
		return layout.positions.containsKey(key);
	}

	@Override
	public Object get(Object key) {
		Integer position = layout.positions.get(key);
		return (position == null) ? null : read(position);
	}

	/** The value at {@code position} as a Java value, a nested list's items as compiled items. */
	private Object read(int position) {
		Value value = values.get(position);
		if (value.isNull()) {
			return null;
		}
		Layout items = layout.lists.get(layout.names.get(position));
		return (items == null) ? value.asObject() : value.asList(item -> new CompiledItem(item, items));
	}

	@Override
	public int size() {
		return layout.names.size();
	}

	@Override
	public java.util.Set<Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return next < layout.names.size();
					}

					@Override
					public Entry<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int position = next++;
						return new SimpleImmutableEntry<>(layout.names.get(position), read(position));
					}
				};
			}

			@Override
			public int size() {
				return layout.names.size();
			}
		};
	}

	/**
	 * Which field each position of a compiled item holds, and the layout of the items of each nested
	 * list among them.
	 */
	static final class Layout {

		private final List<String> names;

		private final Map<String, Integer> positions = new HashMap<>();

		private final Map<String, Layout> lists;

		Layout(List<String> names, Map<String, Layout> lists) {
			this.names = List.copyOf(names);
			this.lists = Map.copyOf(lists);
			for (int i = 0; i < names.size(); i++) {
				positions.put(names.get(i), i);
			}
		}

		/** The position of the field {@code name}, or -1 when the items do not hold it. */
		int position(String name) {
			return positions.getOrDefault(name, -1);
		}

		/** The layout of the items of the nested list {@code name}, null for any other field. */
		Layout list(String name) {
			return lists.get(name);
		}

	}

}
