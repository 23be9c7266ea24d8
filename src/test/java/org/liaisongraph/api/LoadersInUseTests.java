package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.junit.jupiter.api.Test;

/** The registry dispatches every loader that can hold keys, and only those. */
class LoadersInUseTests {

	private final List<String> batches = new ArrayList<>();

	private final LoadersInUse.Registry registry = new LoadersInUse.Registry();

	@Test
	void aLoaderHandedOutByNameIsDispatchedWithItsKeys() {
		registry.register("a", loader("a"));
		registry.register("b", loader("b"));
		CompletableFuture<String> value = registry.<Integer, String>getDataLoader("a").load(1);

		registry.dispatchAll();

		assertThat(value.join()).isEqualTo("a1");
		assertThat(batches).containsExactly("a[1]");
	}

	@Test
	void loadersHandedOutAsAListingAreAllDispatched() {
		registry.register("a", loader("a"));
		registry.register("b", loader("b"));
		@SuppressWarnings("unchecked")
		DataLoader<Integer, String> b = (DataLoader<Integer, String>) registry.getDataLoadersMap().get("b");
		CompletableFuture<String> value = b.load(2);

		assertThat(registry.dispatchAllWithCount()).isEqualTo(1);

		assertThat(value.join()).isEqualTo("b2");
		assertThat(batches).containsExactly("b[2]");
	}

	private DataLoader<Integer, String> loader(String name) {
		BatchLoader<Integer, String> batch = keys -> {
			batches.add(name + keys);
			return CompletableFuture.completedFuture(keys.stream().map(k -> name + k).toList());
		};
		return DataLoaderFactory.newDataLoader(batch);
	}

}
