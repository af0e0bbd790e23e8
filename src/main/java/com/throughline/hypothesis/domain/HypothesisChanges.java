package com.throughline.hypothesis.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the open boards and grids of one workspace that a hypothesis changed, after the
 * change commits, so teammates see it without reloading. Listeners receive only their own
 * tenant's ids.
 */
@Component
public class HypothesisChanges {

	private final Map<UUID, Set<Consumer<UUID>>> listeners = new ConcurrentHashMap<>();

	/** Listens to changes in one workspace; run the returned action to stop listening. */
	public Runnable subscribe(UUID tenantId, Consumer<UUID> listener) {
		listeners.computeIfAbsent(tenantId, id -> new CopyOnWriteArraySet<>()).add(listener);
		return () -> listeners.getOrDefault(tenantId, Set.of()).remove(listener);
	}

	void publishWhenCommitted(UUID tenantId, UUID hypothesisId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			publish(tenantId, hypothesisId);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				publish(tenantId, hypothesisId);
			}
		});
	}

	private void publish(UUID tenantId, UUID hypothesisId) {
		listeners.getOrDefault(tenantId, Set.of()).forEach(listener -> listener.accept(hypothesisId));
	}

}
