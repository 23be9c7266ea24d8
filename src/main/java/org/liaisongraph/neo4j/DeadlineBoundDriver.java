package org.liaisongraph.neo4j;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;

import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestTimeoutException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place where every Neo4j transaction started for a web request is bound to the request's
 * deadline ({@link RequestDeadline}): the application's {@link Driver} is wrapped so that each
 * session it opens gives every transaction it begins (explicit, managed or auto-commit) a timeout
 * of at most the time the request has left, and refuses to begin one once the deadline has passed.
 * So no reader or writer can forget it, whether it goes through {@link GraphReader}, Spring's
 * transactions, {@code Neo4jClient} or a repository; the database ends the transaction when the
 * deadline passes. Outside a request (start-up, the command line) sessions are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineBoundDriver {

	/** Wraps every {@link Driver} bean: Spring Boot's, for the embedded server or one of {@code spring.neo4j.uri}. */
	@Bean
	static BeanPostProcessor driverBoundToRequestDeadlines() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof Driver driver) ? bind(driver) : bean;
			}
		};
	}

	static Driver bind(Driver driver) {
		return proxy(Driver.class, driver, (method, args) -> {
			Object result = call(method, driver, args);
			return (result instanceof Session session) ? bind(session) : result;
		});
	}

	private static Session bind(Session session) {
		return proxy(Session.class, session, (method, args) -> {
			Class<?>[] types = method.getParameterTypes();
			boolean starts = switch (method.getName()) {
				case "run", "beginTransaction", "executeRead", "executeWrite", "executeWriteWithoutResult" -> true;
				default -> false;
			};
			if (!starts || RequestDeadline.remaining().isEmpty()) {
				return call(method, session, args);
			}
			Object[] given = (args != null) ? args : new Object[0];
			if (types.length > 0 && types[types.length - 1] == TransactionConfig.class) {
				Object[] bound = given.clone();
				bound[bound.length - 1] = bound((TransactionConfig) given[given.length - 1]);
				return call(method, session, bound);
			}
			// the same call with a configuration: run(String, Value | Record) has none, so as a Query
			if (types.length == 2 && (types[1] == Value.class || types[1] == Record.class)) {
				Query query = (types[1] == Value.class) ? new Query((String) given[0], (Value) given[1])
						: new Query((String) given[0], ((Record) given[1]).asMap());
				return session.run(query, bound(TransactionConfig.empty()));
			}
			Class<?>[] withConfig = Arrays.copyOf(types, types.length + 1);
			withConfig[types.length] = TransactionConfig.class;
			Object[] bound = Arrays.copyOf(given, given.length + 1);
			bound[given.length] = bound(TransactionConfig.empty());
			return call(Session.class.getMethod(method.getName(), withConfig), session, bound);
		});
	}

	/**
	 * The configuration with a timeout of at most the time the request has left, to the millisecond.
	 * @throws RequestTimeoutException when the deadline has passed
	 */
	static TransactionConfig bound(TransactionConfig config) {
		Duration left = RequestDeadline.remaining().orElseThrow();
		if (!left.isPositive()) {
			throw new RequestTimeoutException(null);
		}
		Duration timeout = Duration.ofMillis(Math.max(1, left.plusNanos(999_999).toMillis()));
		if (config.timeout() != null && config.timeout().isPositive() && config.timeout().compareTo(timeout) < 0) {
			timeout = config.timeout();
		}
		return TransactionConfig.builder().withTimeout(timeout).withMetadata(config.metadata()).build();
	}

	private interface Handler {

		Object handle(Method method, Object[] args) throws Throwable;

	}

	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> switch (method.getName()) {
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			case "toString" -> "deadline-bound " + target;
			default -> handler.handle(method, args);
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation));
	}

	private static Object call(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
