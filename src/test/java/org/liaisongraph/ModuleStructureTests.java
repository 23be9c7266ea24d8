package org.liaisongraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The top-level packages are Spring Modulith application modules, and each one's
 * {@code package-info.java} declares, in {@code @ApplicationModule(allowedDependencies = ...)},
 * the modules it may use ({@code "route :: legs"} names one named interface of a module).
 * <p>
 * Shared infrastructure ({@code api}, {@code neo4j}, {@code config}, {@code model}) is neither
 * declared {@code Type.OPEN} nor made a shared module of {@code @Modulithic}: every module lists
 * what it uses of it, like any other dependency. A shared module would be allowed to every module,
 * so nothing would say that only {@code dataset} and {@code edit} may read the graph model, or only
 * the analyses the home-state configuration; {@code OPEN} would not spare the listing (a module with
 * declared dependencies must still name an open module) but would expose its internals and take it
 * out of the cycle check. None of them has internals to expose, so they stay closed too.
 * <p>
 * {@link #writeModuleDiagrams()} rewrites the diagrams in {@code docs/modules/} from the same
 * declarations; commit them with the change that altered them.
 */
class ModuleStructureTests {

	static final ApplicationModules modules = ApplicationModules.of(LiaisonGraphApplication.class);

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		List<String> undeclared = modules.stream()
			.filter(module -> module.getBasePackage()
				.getAnnotation(ApplicationModule.class)
				.map(declared -> List.of(declared.allowedDependencies()).equals(List.of(ApplicationModule.OPEN_TOKEN))
						|| declared.displayName().isBlank())
				.orElse(true))
			.map(module -> module.getBasePackage().getName())
			.toList();
		assertThat(undeclared).as("""
				These packages are application modules without a declaration of what they may use. Give each one a \
				package-info.java saying in its javadoc what the module is for and what it may use, annotated \
				@ApplicationModule(displayName = "...", allowedDependencies = { ... }) naming the modules it uses \
				(copy one of the other modules')""").isEmpty();
	}

	@Test
	void modulesUseOnlyWhatTheyDeclare() {
		var violations = modules.detectViolations();
		assertThat(violations.getMessages()).as(() -> """
				The modules use something their package-info.java does not allow, or depend on each other in a cycle.
				If the dependency belongs there, add the module to allowedDependencies in the package-info.java of the \
				module that uses it ("module", or "module :: interface" for a named interface such as "route :: legs"). \
				If it does not, move the code to the module it belongs to, or go through the other module's public \
				API. A cycle must be broken, not allowed: move the shared piece down (to api, model, neo4j) or turn \
				one direction into an interface or an event the other module implements or listens to.
				Declared now:
				""" + declared()).isEmpty();
	}

	/**
	 * The PlantUML component diagrams of all modules ({@code components.puml}) and of each one with
	 * the modules it uses ({@code module-<name>.puml}). Documenter writes them into {@code target/};
	 * the order in which it lists components and relationships varies from run to run, so each run of
	 * such lines is sorted before the file is copied into {@code docs/modules/}, and only when its
	 * content changed. Diagrams of modules that no longer exist are removed; anything else in the
	 * folder (its README) is left alone.
	 */
	@Test
	void writeModuleDiagrams() throws IOException {
		Path generated = Path.of("target", "module-diagrams");
		Path docs = Files.createDirectories(Path.of("docs", "modules"));
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Set<String> written = new TreeSet<>();
		try (Stream<Path> files = Files.list(generated)) {
			for (Path file : files.filter(ModuleStructureTests::isDiagram).toList()) {
				String diagram = sortedElements(Files.readString(file));
				Path target = docs.resolve(file.getFileName());
				if (!Files.exists(target) || !Files.readString(target).equals(diagram)) {
					Files.writeString(target, diagram);
				}
				written.add(file.getFileName().toString());
			}
		}
		try (Stream<Path> files = Files.list(docs)) {
			for (Path stale : files.filter(ModuleStructureTests::isDiagram)
				.filter(file -> !written.contains(file.getFileName().toString()))
				.toList()) {
				Files.delete(stale);
			}
		}
		assertThat(written).contains("components.puml")
			.containsAll(modules.stream().map(module -> "module-" + module.getIdentifier() + ".puml").toList());
	}

	private static boolean isDiagram(Path file) {
		return file.getFileName().toString().endsWith(".puml");
	}

	/** The diagram with each run of consecutive component or relationship lines in sorted order. */
	static String sortedElements(String diagram) {
		List<String> lines = new ArrayList<>(diagram.lines().toList());
		int start = 0;
		while (start < lines.size()) {
			String kind = elementKind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(elementKind(lines.get(end)))) {
				end++;
			}
			if (kind != null) {
				Collections.sort(lines.subList(start, end));
			}
			start = end;
		}
		return String.join("\n", lines) + "\n";
	}

	private static String elementKind(String line) {
		String trimmed = line.strip();
		return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : null;
	}

	private static String declared() {
		return modules.stream()
			.map(module -> "  " + module.getIdentifier() + " -> "
					+ module.getBasePackage()
						.getAnnotation(ApplicationModule.class)
						.map(declared -> Arrays.stream(declared.allowedDependencies()).collect(Collectors.joining(", ")))
						.orElse("(no package-info)"))
			.sorted()
			.collect(Collectors.joining("\n"));
	}

}
