package org.liaisongraph.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestTimeoutException;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way the read API runs Cypher: parameterised statements through {@link Neo4jClient} (or
 * the driver's auto-commit read for a request's statement outside a transaction), nodes mapped
 * with Spring Data Neo4j's metadata and conversions ({@link RecordNodes}). It counts the
 * statements it runs, which is how the tests prove that a list with nested fields costs a
 * fixed number of database calls.
 * <p>
 * Naming: a class that reads the graph with Cypher, its own or {@link NamedQueries}', ends in
 * {@code Queries}; Spring Data repositories keep {@code Repository}, and classes that write are
 * named for what they write.
 */
@Component
public class GraphReader {

	/** The end of every list statement: the matches in order, their number and one window of them. */
	private static final String PAGE = """
			WITH n ORDER BY %s
			WITH collect(n) AS matches
			RETURN size(matches) AS total, matches[$skip..$skip + $limit] AS page""";

	/** {@link #PAGE} with each item of the window projected by an expression in one subquery. */
	private static final String PROJECTED_PAGE = """
			WITH n ORDER BY %s
			WITH collect(n) AS matches
			CALL (matches) {
			  UNWIND matches[$skip..$skip + $limit] AS n
			  RETURN collect(%s) AS page
			}
			RETURN size(matches) AS total, page""";

	/** A session for reads only: the database refuses a write in it. */
	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private final Neo4jClient client;

	private final Neo4jMappingContext mappingContext;

	private final RecordNodes records;

	private final AtomicLong statements = new AtomicLong();

	private final PlatformTransactionManager transactions;

	private final Driver driver;

	/**
	 * Whether the driver talks to one server (the embedded one, or any {@code bolt} URI), where a
	 * statement sees every transaction committed before it; through a cluster's routing a read may
	 * reach a member that has not applied the latest write yet, which only the transaction manager's
	 * bookmarks prevent.
	 */
	private final boolean oneServer;

	GraphReader(Neo4jClient client, Driver driver, Neo4jConnectionDetails connection,
			Neo4jMappingContext mappingContext, PlatformTransactionManager transactions, GraphSchema schema,
			MeterRegistry meters) {
		this.client = client;
		this.driver = driver;
		// bolt, bolt+s, bolt+unix: one server; neo4j, neo4j+s: routing
		this.oneServer = connection.getUri().getScheme().startsWith("bolt");
		this.transactions = transactions;
		this.mappingContext = mappingContext;
		this.records = new RecordNodes(mappingContext);
		meters.more().counter("liaison.graph.statements", List.of(), statements);
	}

	/** Statements run since start. */
	public long statementsRun() {
		return statements.get();
	}

	/** The parameters with one more, for the date a filter is read on: a copy, the given map may be immutable. */
	public static Map<String, Object> with(Map<String, Object> parameters, String name, Object value) {
		var all = new HashMap<>(parameters);
		all.put(name, value);
		return all;
	}

	/**
	 * A node as {@link #node} reads it, or, where the statement sent its business key alone (a string,
	 * for an answer that shows nothing else of it), what {@code keyOnly} makes of that key.
	 */
	public <T> T nodeOrKey(Class<T> type, Value value, Function<String, T> keyOnly) {
		return (value != null && value.hasType(TypeSystem.getDefault().STRING())) ? keyOnly.apply(value.asString())
				: node(type, value);
	}

	/** Maps a node value to its entity; null for a null value. */
	public <T> T node(Class<T> type, Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		T read = records.read(type, value);
		if (read != null) {
			return read;
		}
		BiFunction<TypeSystem, MapAccessor, T> mapping = mappingContext.getRequiredMappingFunctionFor(type);
		return mapping.apply(TypeSystem.getDefault(), value);
	}

	/**
	 * Runs a statement. Within a web request it runs in a read-only transaction that the database
	 * ends when the request's deadline passes ({@link DeadlineBoundDriver}), and not at all once it
	 * has passed: the transaction of {@link #read} when one is open, else, on one server, an
	 * auto-commit transaction of its own in a read session, which spares the round trips of an
	 * explicit transaction's begin and commit.
	 * @throws RequestTimeoutException when the deadline passes first
	 */
	public List<Record> records(String cypher, Map<String, Object> parameters) {
		statements.incrementAndGet();
		if (!oneServer || RequestDeadline.remaining().isEmpty()
				|| TransactionSynchronizationManager.isActualTransactionActive()) {
			return read(() -> run(cypher, parameters));
		}
		return bounded(() -> {
			try (Session session = driver.session(READ)) {
				return session.run(cypher, parameters).list();
			}
		});
	}

	/**
	 * Runs other reads, such as a repository's lookups, as {@link #records} runs a statement: in a
	 * read-only transaction bounded by the request's deadline.
	 * @throws RequestTimeoutException when the deadline passes first
	 */
	public <T> T read(Supplier<T> work) {
		if (RequestDeadline.remaining().isEmpty()) {
			return work.get();
		}
		// throws at once if the deadline has passed
		var transaction = RequestDeadline.transactions(transactions);
		transaction.setReadOnly(true);
		return bounded(() -> transaction.execute(status -> work.get()));
	}

	/** The work's failure as the request's timeout once the deadline has passed. */
	private static <T> T bounded(Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RuntimeException ex) {
			if (RequestDeadline.passed()) {
				throw new RequestTimeoutException(ex);
			}
			throw ex;
		}
	}

	private List<Record> run(String cypher, Map<String, Object> parameters) {
		return new ArrayList<>(client.query(cypher).bindAll(parameters).fetchAs(Record.class).mappedBy((t, r) -> r).all());
	}

	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
		return records(cypher, parameters).stream().map(mapper).toList();
	}

	/** Nodes of one type from a statement returning them in column {@code n}. */
	public <T> List<T> nodes(Class<T> type, String cypher, Map<String, Object> parameters) {
		return list(cypher, parameters, r -> node(type, r.get("n")));
	}

	/**
	 * A page of the nodes of one type that {@code matchAndWhere} binds to {@code n}, ordered by the
	 * properties named in {@code orderFirst}, then by the type's key. The order is written from the
	 * type's mapping, so nothing of it comes from input.
	 * @throws IllegalStateException when a name in {@code orderFirst} is not a property of the type
	 */
	public <T> PageOfItems<T> page(Class<T> type, String matchAndWhere, Map<String, Object> parameters,
			PageBounds page, String... orderFirst) {
		return page(matchAndWhere, order(type, orderFirst), parameters, page, v -> node(type, v));
	}

	/**
	 * The page {@link #page(Class, String, Map, PageBounds, String...)} reads, each item as the map
	 * {@code projection} makes of its node {@code n}: an expression compiled from the schema, never
	 * input, whose values are in {@code projectionParameters}, each read by {@code item}. No entity is
	 * mapped.
	 */
	public <T> PageOfItems<T> projectedPage(Class<?> type, String matchAndWhere, Map<String, Object> parameters,
			PageBounds page, String projection, Map<String, Object> projectionParameters, Function<Value, T> item) {
		var all = new HashMap<>(parameters);
		all.putAll(projectionParameters);
		return window(matchAndWhere + "\n" + PROJECTED_PAGE.formatted(order(type), projection), all, page, item);
	}

	private String order(Class<?> type, String... orderFirst) {
		var entity = mappingContext.getRequiredPersistentEntity(type);
		var order = new ArrayList<String>();
		for (String property : orderFirst) {
			order.add("n." + entity.getRequiredPersistentProperty(property).getPropertyName());
		}
		order.add("n." + entity.getRequiredIdProperty().getPropertyName());
		return String.join(", ", order);
	}

	/**
	 * A page of whatever {@code matchAndWhere} binds to {@code n}, in the order of {@code orderBy}: a
	 * constant of the caller such as {@code "n.at DESC, n.id"}, never input. One statement counts
	 * the matches and returns the page's items.
	 */
	public <T> PageOfItems<T> page(String matchAndWhere, String orderBy, Map<String, Object> parameters,
			PageBounds page, Function<Value, T> item) {
		return window(matchAndWhere + "\n" + PAGE.formatted(orderBy), parameters, page, item);
	}

	private <T> PageOfItems<T> window(String cypher, Map<String, Object> parameters, PageBounds page,
			Function<Value, T> item) {
		var bound = new HashMap<>(parameters);
		bound.put("skip", page.offset());
		bound.put("limit", page.limit());
		var row = records(cypher, bound).getFirst();
		return new PageOfItems<>(row.get("page").asList(item), row.get("total").asLong());
	}

	/**
	 * One statement for many parents: it takes the parents' keys as {@code $keys} and returns one
	 * row per child with the parent's key in column {@code key}. Parents without children get an
	 * empty list.
	 */
	public <K, T> Map<K, List<T>> grouped(String cypher, Map<String, Object> parameters, Collection<K> parents,
			Function<K, Object> keyOf, Function<Record, T> mapper) {
		Map<Object, List<T>> byKey = new HashMap<>();
		var bound = new HashMap<>(parameters);
		bound.put("keys", parents.stream().map(keyOf).distinct().toList());
		for (Record row : records(cypher, bound)) {
			byKey.computeIfAbsent(row.get("key").asObject(), k -> new ArrayList<>()).add(mapper.apply(row));
		}
		Map<K, List<T>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byKey.getOrDefault(keyOf.apply(parent), List.of())));
		return result;
	}

	/** Like {@link #grouped} for at most one child per parent; parents without one map to nothing. */
	public <K, T> Map<K, T> single(String cypher, Collection<K> parents, Function<K, Object> keyOf,
			Function<Record, T> mapper) {
		Map<K, T> result = new LinkedHashMap<>();
		grouped(cypher, Map.of(), parents, keyOf, mapper).forEach((parent, children) -> {
			if (!children.isEmpty()) {
				result.put(parent, children.getFirst());
			}
		});
		return result;
	}

}
