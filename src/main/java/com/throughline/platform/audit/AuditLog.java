package com.throughline.platform.audit;

import java.util.UUID;

import com.throughline.platform.security.SignedInPerson;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static com.throughline.db.Tables.AUDIT_EVENT;
import static com.throughline.db.Tables.PLATFORM_AUDIT_EVENT;

/**
 * The one call every feature uses to record who did what in the active workspace. It
 * joins the caller's transaction, so the event is written if and only if the change is.
 */
@Component
public class AuditLog {

	private final DSLContext db;

	AuditLog(DSLContext db) {
		this.db = db;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String target, @Nullable String details) {
		var person = SignedInPerson.current().orElseThrow(() -> new IllegalStateException("No one signed in"));
		UUID tenantId = person.teamTenantId().orElseThrow(() -> new IllegalStateException("No active workspace"));
		db.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.TENANT_ID, tenantId)
			.set(AUDIT_EVENT.ID, UUID.randomUUID())
			.set(AUDIT_EVENT.ACTOR_ID, person.id())
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.TARGET, target)
			.set(AUDIT_EVENT.DETAILS, details)
			.execute();
	}

	/**
	 * Records an action on the platform itself (provisioning, accounts), outside any
	 * tenant.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordPlatform(String action, String target, @Nullable String details) {
		var person = SignedInPerson.current().orElseThrow(() -> new IllegalStateException("No one signed in"));
		db.insertInto(PLATFORM_AUDIT_EVENT)
			.set(PLATFORM_AUDIT_EVENT.ID, UUID.randomUUID())
			.set(PLATFORM_AUDIT_EVENT.ACTOR_ID, person.id())
			.set(PLATFORM_AUDIT_EVENT.ACTION, action)
			.set(PLATFORM_AUDIT_EVENT.TARGET, target)
			.set(PLATFORM_AUDIT_EVENT.DETAILS, details)
			.execute();
	}

}
