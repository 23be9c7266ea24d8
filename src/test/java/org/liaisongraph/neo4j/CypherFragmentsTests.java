package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule fragments are expanded with their arguments, fragments within fragments too, and misuse stops the start. */
class CypherFragmentsTests {

	@TempDir
	Path folder;

	private CypherFragments fragments;

	@BeforeEach
	void fragments() throws Exception {
		Files.writeString(folder.resolve("in-force.cypher"), """
				// a rule
				// parameters: treaty, on
				({treaty}.from <= {on})
				""");
		Files.writeString(folder.resolve("any-in-force.cypher"), """
				// parameters: on
				EXISTS { MATCH (t:Treaty) WHERE {{in-force(t, {on})}} }
				""");
		Files.writeString(folder.resolve("latest.cypher"), """
				// parameters:
				MATCH (t:Treaty) RETURN max(t.from) AS latest
				""");
		fragments = new CypherFragments("file:" + folder);
	}

	@Test
	void aFragmentIsExpandedWithItsArgumentsAQuotedWordAmongThemAndItsCommentsLeftOut() {
		assertThat(fragments.expand("WHERE {{in-force(n, $asOf)}}", "test")).isEqualTo("WHERE (n.from <= $asOf)");
		assertThat(fragments.expand("RETURN {{ any-in-force(x.day) }}", "test"))
			.isEqualTo("RETURN EXISTS { MATCH (t:Treaty) WHERE (t.from <= x.day) }");
		assertThat(fragments.expand("RETURN {{in-force(n, 'State')}}", "test")).isEqualTo("RETURN (n.from <= 'State')");
		assertThat(fragments.expand("CALL () { {{latest()}} }", "test"))
			.isEqualTo("CALL () { MATCH (t:Treaty) RETURN max(t.from) AS latest }");
	}

	@Test
	void anUnknownFragmentAWrongArgumentCountOrAnExpressionAsArgumentIsRefusedWithWhereItIs() {
		assertThatIllegalStateException().isThrownBy(() -> fragments.expand("{{nothing(n)}}", "queries/x.cypher"))
			.withMessage("queries/x.cypher uses the fragment nothing, which queries/fragments/ does not have");
		assertThatIllegalStateException().isThrownBy(() -> fragments.expand("{{in-force(n)}}", "queries/x.cypher"))
			.withMessage("queries/x.cypher gives the fragment in-force 1 arguments, it takes [treaty, on]");
		assertThatIllegalStateException().isThrownBy(() -> fragments.expand("{{in-force(n, 'x' + $y)}}", "queries/x.cypher"))
			.withMessageContaining("the argument ''x' + $y': only a variable, a property, a $parameter or a quoted word");
	}

	@Test
	void aPlaceholderTheFragmentDoesNotDeclareStopsTheStart() throws Exception {
		Files.writeString(folder.resolve("broken.cypher"), "// parameters: a\n({a}.x = {b})\n");
		assertThatIllegalStateException().isThrownBy(() -> new CypherFragments("file:" + folder))
			.withMessage("queries/fragments/broken.cypher uses {b}, which its '// parameters:' line does not declare");
	}

}
