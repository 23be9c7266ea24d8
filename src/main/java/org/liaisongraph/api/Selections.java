package org.liaisongraph.api;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

/**
 * What a field's selection holds, answered from the document when it can be: graphql-java's
 * {@code DataFetchingFieldSelectionSet} builds a normalized form of the whole operation for its
 * first question, a cost of every analysis request (at the reference dataset, under C1, more of the
 * controller's thread than reading portExposure's answer from the driver). The document holds at
 * least the fields graphql-java would count (it counts those a {@code @skip} or {@code @include}
 * leaves out, never fewer), so a path absent from it is absent; where no such directive is on the
 * way the document holds exactly those fields, and only where one is does graphql-java answer.
 */
public final class Selections {

	private Selections() {
	}

	/**
	 * Whether the field's selection contains any of the paths, as
	 * {@code DataFetchingFieldSelectionSet.containsAnyOf} says.
	 * @param paths field names separated by {@code /}, without glob characters
	 */
	public static boolean containsAnyOf(DataFetchingEnvironment env, String... paths) {
		boolean unsure = false;
		for (String path : paths) {
			Walk walk = walk(env, path);
			if (walk.found && !walk.directives) {
				return true;
			}
			unsure |= walk.found;
		}
		return unsure && env.getSelectionSet().containsAnyOf(paths[0], Arrays.copyOfRange(paths, 1, paths.length));
	}

	/**
	 * Whether the field's selection shows nothing of the object at the path but its {@code id} (its
	 * {@code __typename} aside), or nothing of it at all: an analysis then reads the object's key
	 * alone, not its node.
	 * @param path field names separated by {@code /}, without glob characters
	 */
	public static boolean showsOnlyIdOf(DataFetchingEnvironment env, String path) {
		Walk walk = walk(env, path);
		if (!walk.found || walk.below.stream().allMatch(Selections::idOrTypename)) {
			return true;
		}
		return walk.directives && env.getSelectionSet()
			.getFields(path + "/*")
			.stream()
			.allMatch(field -> idOrTypename(field.getName()));
	}

	/**
	 * False when the field's selection certainly does not contain the path (field names separated by
	 * {@code /}, without glob characters); true when it may.
	 */
	public static boolean mayContain(DataFetchingEnvironment env, String path) {
		return walk(env, path).found;
	}

	private static boolean idOrTypename(String name) {
		return name.equals("id") || name.equals("__typename");
	}

	/** The document at a path of the field's selection. */
	private static Walk walk(DataFetchingEnvironment env, String path) {
		var walk = new Walk(path.split("/"), env.getFragmentsByName());
		for (Field field : env.getMergedField().getFields()) {
			walk.visit(field.getSelectionSet(), 0);
		}
		return walk;
	}

	/**
	 * Whether the document holds the path, the names of the fields it selects under it, and whether
	 * a directive (or a selection of a kind it does not know) was met on the way, where graphql-java
	 * may count fewer fields than the document holds.
	 */
	private static final class Walk {

		private final String[] names;

		private final Map<String, FragmentDefinition> fragments;

		private final Set<String> below = new HashSet<>();

		private boolean found;

		private boolean directives;

		Walk(String[] names, Map<String, FragmentDefinition> fragments) {
			this.names = names;
			this.fragments = fragments;
		}

		void visit(SelectionSet selections, int depth) {
			if (selections == null) {
				return;
			}
			for (Selection<?> selection : selections.getSelections()) {
				switch (selection) {
					case Field field when depth == names.length -> {
						below.add(field.getName());
						directives |= !field.getDirectives().isEmpty();
					}
					case Field field -> {
						if (field.getName().equals(names[depth])) {
							directives |= !field.getDirectives().isEmpty();
							found |= depth == names.length - 1;
							visit(field.getSelectionSet(), depth + 1);
						}
					}
					case InlineFragment inline -> {
						directives |= !inline.getDirectives().isEmpty();
						visit(inline.getSelectionSet(), depth);
					}
					case FragmentSpread spread -> {
						directives |= !spread.getDirectives().isEmpty();
						FragmentDefinition fragment = fragments.get(spread.getName());
						if (fragment != null) {
							directives |= !fragment.getDirectives().isEmpty();
							visit(fragment.getSelectionSet(), depth);
						}
					}
					default -> directives = true;
				}
			}
		}

	}

}
