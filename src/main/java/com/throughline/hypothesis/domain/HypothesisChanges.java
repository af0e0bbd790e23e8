package com.throughline.hypothesis.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(HypothesisChanges.class);

	private static final Executor NOTIFIER = Executors.newVirtualThreadPerTaskExecutor();

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
			// Listeners run on their own thread: code running in afterCommit would still
			// be bound
			// to the finished transaction's connection, which no longer has a tenant
			// bound.
			@Override
			public void afterCommit() {
				NOTIFIER.execute(() -> publish(tenantId, hypothesisId));
			}
		});
	}

	/**
	 * A failing listener is logged and skipped: it must never undo or break the change
	 * itself.
	 */
	private void publish(UUID tenantId, UUID hypothesisId) {
		listeners.getOrDefault(tenantId, Set.of()).forEach(listener -> {
			try {
				listener.accept(hypothesisId);
			}
			catch (RuntimeException ex) {
				log.warn("A listener failed on hypothesis {}", hypothesisId, ex);
			}
		});
	}

}
