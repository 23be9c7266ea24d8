package org.liaisongraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
	 * its neighbours ({@code module-<name>.puml}). The same modules give the same files, so running it
	 * again leaves the committed ones unchanged; diagrams of modules that no longer exist are removed,
	 * anything else in the folder (its README) is left alone.
	 */
	@Test
	void writeModuleDiagrams() throws IOException {
		Path folder = Path.of("docs", "modules");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()).withoutClean())
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		Set<String> current = Stream
			.concat(Stream.of("components.puml"), modules.stream().map(module -> "module-" + module.getIdentifier() + ".puml"))
			.collect(Collectors.toSet());
		try (Stream<Path> files = Files.list(folder)) {
			for (Path stale : files.filter(file -> file.getFileName().toString().endsWith(".puml"))
				.filter(file -> !current.contains(file.getFileName().toString()))
				.toList()) {
				Files.delete(stale);
			}
		}
		try (Stream<Path> files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".puml")))
				.containsExactlyInAnyOrderElementsOf(current);
		}
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
