package com.throughline.platform.security;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The open sessions of this node, so that suspending a company, removing a member or
 * disabling an account ends the sessions it concerns. Sessions end after the change
 * commits, never for a change that rolled back.
 */
@Component
public class ActiveSessions implements HttpSessionListener {

	private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);

	private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		sessions.put(event.getSession().getId(), event.getSession());
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		sessions.remove(event.getSession().getId());
	}

	/**
	 * Ends the person's sessions that have {@code tenantId} as their active workspace.
	 */
	public void endWhenCommitted(UUID accountId, UUID tenantId) {
		afterCommit(person -> person.id().equals(accountId)
				&& person.activeTenantId().filter(tenantId::equals).isPresent());
	}

	/** Ends every session whose active workspace is {@code tenantId}. */
	public void endAllInWhenCommitted(UUID tenantId) {
		afterCommit(person -> person.activeTenantId().filter(tenantId::equals).isPresent());
	}

	/** Ends every session of the person. */
	public void endAllOfWhenCommitted(UUID accountId) {
		afterCommit(person -> person.id().equals(accountId));
	}

	private void afterCommit(Predicate<SignedInPerson> concerned) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(concerned);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				end(concerned);
			}
		});
	}

	private void end(Predicate<SignedInPerson> concerned) {
		sessions.values().forEach(session -> {
			SignedInPerson person = personIn(session);
			if (person != null && concerned.test(person)) {
				log.info("Ending session of {}", person);
				invalidate(session);
			}
		});
	}

	private static SignedInPerson personIn(HttpSession session) {
		try {
			Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			if (context instanceof SecurityContext securityContext && securityContext.getAuthentication() != null
					&& securityContext.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
				return person;
			}
		}
		catch (IllegalStateException alreadyInvalidated) {
			// the session ended while we looked at it
		}
		return null;
	}

	private static void invalidate(HttpSession session) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyInvalidated) {
			// nothing left to end
		}
	}

}
