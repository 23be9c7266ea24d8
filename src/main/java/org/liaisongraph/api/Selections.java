package org.liaisongraph.api;

import java.util.Arrays;
import java.util.Map;

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
 * first question, a cost of every analysis request that selects none of what it asks about. The
 * document holds at least the fields graphql-java would count (it counts those a {@code @skip} or
 * {@code @include} leaves out, never fewer), so a path absent from it is absent, and a path found
 * in it is checked by graphql-java as before.
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
		for (String path : paths) {
			if (mayContain(env, path)) {
				return env.getSelectionSet().containsAnyOf(paths[0], Arrays.copyOfRange(paths, 1, paths.length));
			}
		}
		return false;
	}

	/**
	 * Whether the field's selection shows nothing of the object at the path but its {@code id} (its
	 * {@code __typename} aside), or nothing of it at all: an analysis then reads the object's key
	 * alone, not its node.
	 * @param path field names separated by {@code /}, without glob characters
	 */
	public static boolean showsOnlyIdOf(DataFetchingEnvironment env, String path) {
		return !mayContain(env, path) || env.getSelectionSet()
			.getFields(path + "/*")
			.stream()
			.allMatch(field -> field.getName().equals("id") || field.getName().equals("__typename"));
	}

	/**
	 * False when the field's selection certainly does not contain the path (field names separated by
	 * {@code /}, without glob characters); true when it may.
	 */
	public static boolean mayContain(DataFetchingEnvironment env, String path) {
		String[] names = path.split("/");
		Map<String, FragmentDefinition> fragments = env.getFragmentsByName();
		for (Field field : env.getMergedField().getFields()) {
			if (holds(field.getSelectionSet(), names, 0, fragments)) {
				return true;
			}
		}
		return false;
	}

	private static boolean holds(SelectionSet selections, String[] names, int depth,
			Map<String, FragmentDefinition> fragments) {
		if (selections == null) {
			return false;
		}
		for (Selection<?> selection : selections.getSelections()) {
			boolean found = switch (selection) {
				case Field field -> field.getName().equals(names[depth])
						&& (depth == names.length - 1 || holds(field.getSelectionSet(), names, depth + 1, fragments));
				case InlineFragment inline -> holds(inline.getSelectionSet(), names, depth, fragments);
				case FragmentSpread spread -> fragments.get(spread.getName()) != null
						&& holds(fragments.get(spread.getName()).getSelectionSet(), names, depth, fragments);
				default -> true;
			};
			if (found) {
				return true;
			}
		}
		return false;
	}

}
