package org.liaisongraph.neo4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestTimeoutException;
import org.liaisongraph.support.IntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every Neo4j transaction a request starts is bound to the request's deadline in one place, the
 * application's driver ({@link DeadlineBoundDriver}), whatever path starts it: {@code Neo4jClient}
 * with or without a Spring transaction, the driver's own sessions. And no class reaches the
 * database by another door the driver does not see.
 */
class DeadlineBoundDriverTests extends IntegrationTest {

	/** Counts to ten billion: minutes of work, unless something ends it. */
	private static final String ENDLESS = "UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n";

	@Autowired
	private Driver driver;

	@Autowired
	private TransactionTemplate transactions;

	@AfterEach
	void noDeadline() {
		RequestDeadline.end();
	}

	@Test
	void aStatementOfARequestIsEndedAtItsDeadlineOnEveryPathThatStartsATransaction() {
		endedAtTheDeadline(() -> neo4j.query(ENDLESS).run());
		endedAtTheDeadline(() -> transactions.executeWithoutResult(status -> neo4j.query(ENDLESS).run()));
		endedAtTheDeadline(() -> {
			try (var session = driver.session(); var transaction = session.beginTransaction()) {
				transaction.run(ENDLESS).consume();
			}
		});
		endedAtTheDeadline(() -> {
			try (var session = driver.session()) {
				session.executeRead(transaction -> transaction.run(ENDLESS).consume());
			}
		});
		endedAtTheDeadline(() -> {
			try (var session = driver.session()) {
				session.run(ENDLESS, Map.of()).consume();
			}
		});
	}

	@Test
	void onceTheDeadlineHasPassedNoTransactionStarts() {
		RequestDeadline.start(Instant.now().minusSeconds(1));
		assertThatThrownBy(() -> neo4j.query("RETURN 1").run()).isInstanceOf(RequestTimeoutException.class);
		assertThatThrownBy(() -> {
			try (var session = driver.session()) {
				session.run("RETURN 1").consume();
			}
		}).isInstanceOf(RequestTimeoutException.class);
	}

	@Test
	void outsideARequestTransactionsAreLeftAsTheyAre() {
		assertThat(count("RETURN 7")).isEqualTo(7);
		try (var session = driver.session()) {
			assertThat(session.run("CALL db.info() YIELD name RETURN name").single().get(0).asString()).isNotBlank();
		}
	}

	/**
	 * The doors to the database the driver does not see: a driver of one's own, the embedded
	 * server's Java API (only the server's start uses it) and the driver's asynchronous sessions
	 * and executable queries, which the binding does not wrap.
	 */
	@Test
	void noClassReachesTheDatabaseButThroughTheApplicationsDriver() {
		JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.liaisongraph");
		noClasses().should()
			.callMethod(org.neo4j.driver.GraphDatabase.class, "driver", java.net.URI.class, org.neo4j.driver.AuthToken.class)
			.orShould().dependOnClassesThat().haveFullyQualifiedName(org.neo4j.driver.async.AsyncSession.class.getName())
			.orShould().dependOnClassesThat().haveFullyQualifiedName(org.neo4j.driver.ExecutableQuery.class.getName())
			.orShould().dependOnClassesThat().resideInAPackage("org.neo4j.driver.reactive..")
			.check(main);
		noClasses().that().doNotHaveFullyQualifiedName(EmbeddedNeo4jServer.class.getName())
			.and().haveNameNotMatching(Pattern.quote(EmbeddedNeo4jServer.class.getName()) + "\\$.*")
			.should().dependOnClassesThat().resideInAnyPackage("org.neo4j.graphdb..", "org.neo4j.dbms..",
					"org.neo4j.kernel..")
			.check(main);
	}

	private void endedAtTheDeadline(Executable statement) {
		RequestDeadline.start(Instant.now().plusSeconds(1));
		assertThatThrownBy(statement::execute).satisfies(ex -> assertThat(Stream.iterate(ex, Objects::nonNull, Throwable::getCause))
			.anySatisfy(cause -> assertThat(cause).isInstanceOfSatisfying(Neo4jException.class,
					neo4j -> assertThat(neo4j.code()).contains("TransactionTimedOut"))));
		RequestDeadline.end();
		assertThat(count("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '10000000000' "
				+ "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*)")).isZero();
	}

}
