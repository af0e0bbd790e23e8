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
 * Tells the open boards, grids and pages of one workspace that a hypothesis changed,
 * after the change commits, so teammates see it without reloading. Listeners receive only
 * their own tenant's ids. New evidence reaches only the listeners that show evidence (a
 * hypothesis' page): a grid or board shows none, and a workspace with hundreds of open
 * grids would otherwise re-read them all for each piece of evidence.
 */
@Component
public class HypothesisChanges {

	private static final Logger log = LoggerFactory.getLogger(HypothesisChanges.class);

	private static final Executor NOTIFIER = Executors.newVirtualThreadPerTaskExecutor();

	private final Map<UUID, Set<Consumer<UUID>>> listeners = new ConcurrentHashMap<>();

	private final Map<UUID, Set<Consumer<UUID>>> evidenceListeners = new ConcurrentHashMap<>();

	/**
	 * Listens to changes of the hypotheses themselves in one workspace; run the returned
	 * action to stop listening.
	 */
	public Runnable subscribe(UUID tenantId, Consumer<UUID> listener) {
		return add(listeners, tenantId, listener);
	}

	/** Listens to changes of the hypotheses and to their new evidence. */
	public Runnable subscribeWithEvidence(UUID tenantId, Consumer<UUID> listener) {
		var stop = add(listeners, tenantId, listener);
		var stopEvidence = add(evidenceListeners, tenantId, listener);
		return () -> {
			stop.run();
			stopEvidence.run();
		};
	}

	void publishWhenCommitted(UUID tenantId, UUID hypothesisId) {
		whenCommitted(() -> publish(listeners, tenantId, hypothesisId));
	}

	void publishEvidenceWhenCommitted(UUID tenantId, UUID hypothesisId) {
		whenCommitted(() -> publish(evidenceListeners, tenantId, hypothesisId));
	}

	private static Runnable add(Map<UUID, Set<Consumer<UUID>>> to, UUID tenantId, Consumer<UUID> listener) {
		to.computeIfAbsent(tenantId, id -> new CopyOnWriteArraySet<>()).add(listener);
		return () -> to.getOrDefault(tenantId, Set.of()).remove(listener);
	}

	private static void whenCommitted(Runnable publication) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			publication.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			// Listeners run on their own thread: code running in afterCommit would still
			// be bound to the finished transaction's connection, which no longer has a
			// tenant bound.
			@Override
			public void afterCommit() {
				NOTIFIER.execute(publication);
			}
		});
	}

	/**
	 * A failing listener is logged and skipped: it must never undo or break the change
	 * itself.
	 */
	private static void publish(Map<UUID, Set<Consumer<UUID>>> from, UUID tenantId, UUID hypothesisId) {
		from.getOrDefault(tenantId, Set.of()).forEach(listener -> {
			try {
				listener.accept(hypothesisId);
			}
			catch (RuntimeException ex) {
				log.warn("A listener failed on hypothesis {}", hypothesisId, ex);
			}
		});
	}

}
