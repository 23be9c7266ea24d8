package org.liaisongraph.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import reactor.core.publisher.Mono;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives each request a registry of batch loaders that dispatches only the loaders the request used.
 * Spring for GraphQL registers every {@code @BatchMapping} and named loader in every request's
 * registry (some fifty), and graphql-java dispatches the whole registry at every level of the
 * answer, although a loader can hold keys only once a data fetcher has asked the registry for it.
 * The loaders, their order of dispatch and their batches are otherwise unchanged.
 */
@Component
class LoadersInUse implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// Spring registers its loaders into a registry already set on the input instead of a new one
		request.configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(new Registry()).build());
		return chain.next(request);
	}

	/** A registry that remembers which loaders were handed out; any listing of them hands out all. */
	static final class Registry extends DataLoaderRegistry {

		private final Set<String> used = ConcurrentHashMap.newKeySet();

		private volatile boolean allHandedOut;

		@Override
		public <K, V> DataLoader<K, V> getDataLoader(String key) {
			DataLoader<K, V> loader = super.getDataLoader(key);
			if (loader != null) {
				used.add(key);
			}
			return loader;
		}

		@Override
		public <K, V> DataLoader<K, V> computeIfAbsent(String key,
				Function<String, DataLoader<?, ?>> mappingFunction) {
			used.add(key);
			return super.computeIfAbsent(key, mappingFunction);
		}

		@Override
		public List<DataLoader<?, ?>> getDataLoaders() {
			allHandedOut = true;
			return super.getDataLoaders();
		}

		@Override
		public Map<String, DataLoader<?, ?>> getDataLoadersMap() {
			allHandedOut = true;
			return super.getDataLoadersMap();
		}

		@Override
		public void dispatchAll() {
			for (var loader : dataLoaders.entrySet()) {
				if (allHandedOut || used.contains(loader.getKey())) {
					loader.getValue().dispatch();
				}
			}
		}

		@Override
		public int dispatchAllWithCount() {
			int keys = 0;
			for (var loader : dataLoaders.entrySet()) {
				if (allHandedOut || used.contains(loader.getKey())) {
					keys += loader.getValue().dispatchWithCounts().getKeysCount();
				}
			}
			return keys;
		}

		@Override
		public int dispatchDepth() {
			int depth = 0;
			for (var loader : dataLoaders.entrySet()) {
				if (allHandedOut || used.contains(loader.getKey())) {
					depth += loader.getValue().dispatchDepth();
				}
			}
			return depth;
		}

	}

}
