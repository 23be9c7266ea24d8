package org.liaisongraph.neo4j;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The domain rules that Cypher needs, one named fragment per file in {@code queries/fragments/}:
 * the one place where, for instance, "a treaty in force on a date" is written. A statement uses a
 * fragment as {@code {{treaty-in-force(t, $asOf)}}}; the fragment's body names its parameters in
 * braces ({@code {treaty}.inForceFrom <= {on}}) and declares them on a line
 * {@code // parameters: treaty, on}. Arguments may only be variables, properties, {@code $}
 * parameters or a quoted word ({@code 'State'}), and fragments are expanded once, at start, from
 * files in the jar: no input ever reaches the text of a statement.
 */
public final class CypherFragments {

	private static final Pattern USE = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9-]*)\\s*\\(([^(){}]*)\\)\\s*}}");

	private static final Pattern ARGUMENT = Pattern
		.compile("\\$?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?|'[A-Za-z]*'");

	private static final Pattern PARAMETERS = Pattern.compile("(?m)^//[ \\t]*parameters:[ \\t]*(.*)$");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");

	private final Map<String, Fragment> fragments = new TreeMap<>();

	/** The fragments of every {@code *.cypher} file at the location (a Spring resource pattern). */
	public CypherFragments(String location) throws IOException {
		for (Resource file : files(location)) {
			String name = file.getFilename().substring(0, file.getFilename().length() - ".cypher".length());
			fragments.put(name, Fragment.parse(name, file.getContentAsString(StandardCharsets.UTF_8)));
		}
		// Expand every fragment once now, so that a broken one stops the start with its name.
		fragments.keySet().forEach(name -> expand("{{" + name + "(" + String.join(", ", fragments.get(name).parameters())
				+ ")}}", "queries/fragments/" + name + ".cypher"));
	}

	private static Resource[] files(String location) throws IOException {
		try {
			return new PathMatchingResourcePatternResolver().getResources(location + "/*.cypher");
		}
		catch (FileNotFoundException ex) {
			// a folder of statements that uses no rule
			return new Resource[0];
		}
	}

	/** The names of the fragments. */
	public List<String> names() {
		return List.copyOf(fragments.keySet());
	}

	/**
	 * The statement with every fragment it uses expanded, fragments within fragments included.
	 * @param where names the statement in error messages
	 * @throws IllegalStateException naming the statement when it uses an unknown fragment, gives the
	 * wrong number of arguments or an argument that is not a variable, property, parameter or quoted word
	 */
	public String expand(String cypher, String where) {
		return expand(cypher, where, new ArrayDeque<>());
	}

	private String expand(String cypher, String where, Deque<String> using) {
		Matcher use = USE.matcher(cypher);
		StringBuilder out = new StringBuilder();
		while (use.find()) {
			String name = use.group(1);
			Fragment fragment = fragments.get(name);
			if (fragment == null) {
				throw new IllegalStateException(where + " uses the fragment " + name + ", which queries/fragments/ does not have");
			}
			if (using.contains(name)) {
				throw new IllegalStateException(where + ": the fragment " + name + " uses itself through " + using);
			}
			List<String> arguments = use.group(2).isBlank() ? List.of()
					: Arrays.stream(use.group(2).split(",")).map(String::strip).toList();
			if (arguments.size() != fragment.parameters().size()) {
				throw new IllegalStateException(where + " gives the fragment " + name + " " + arguments.size()
						+ " arguments, it takes " + fragment.parameters());
			}
			for (String argument : arguments) {
				if (!ARGUMENT.matcher(argument).matches()) {
					throw new IllegalStateException(where + " gives the fragment " + name + " the argument '" + argument
							+ "': only a variable, a property, a $parameter or a quoted word");
				}
			}
			using.push(name);
			String body = expand(fragment.bind(arguments), "queries/fragments/" + name + ".cypher", using);
			using.pop();
			use.appendReplacement(out, Matcher.quoteReplacement(body));
		}
		use.appendTail(out);
		return out.toString();
	}

	/** A fragment's parameters and its body without comments. */
	private record Fragment(String name, List<String> parameters, String body) {

		static Fragment parse(String name, String text) {
			Matcher declared = PARAMETERS.matcher(text);
			List<String> parameters = declared.find() && !declared.group(1).isBlank()
					? Arrays.stream(declared.group(1).split(",")).map(String::strip).toList() : List.of();
			String body = text.lines()
				.filter(line -> !line.strip().startsWith("//"))
				.reduce((a, b) -> a + "\n" + b)
				.orElse("")
				.strip();
			Matcher placeholder = PLACEHOLDER.matcher(body);
			while (placeholder.find()) {
				if (!parameters.contains(placeholder.group(1))) {
					throw new IllegalStateException("queries/fragments/" + name + ".cypher uses {" + placeholder.group(1)
							+ "}, which its '// parameters:' line does not declare");
				}
			}
			return new Fragment(name, parameters, body);
		}

		String bind(List<String> arguments) {
			Matcher placeholder = PLACEHOLDER.matcher(body);
			StringBuilder out = new StringBuilder();
			while (placeholder.find()) {
				String argument = arguments.get(parameters.indexOf(placeholder.group(1)));
				placeholder.appendReplacement(out, Matcher.quoteReplacement(argument));
			}
			placeholder.appendTail(out);
			return out.toString();
		}

	}

}
