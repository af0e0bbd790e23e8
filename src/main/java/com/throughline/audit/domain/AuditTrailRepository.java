package com.throughline.audit.domain;

import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.AUDIT_EVENT;
import static com.throughline.db.Tables.PLATFORM_AUDIT_EVENT;
import static org.jooq.impl.DSL.noCondition;

/** Reads the audit logs newest first, paged in SQL. */
@Repository
class AuditTrailRepository {

	private final DSLContext db;

	AuditTrailRepository(DSLContext db) {
		this.db = db;
	}

	List<AuditEntry> tenantEvents(UUID tenantId, AuditFilter filter, int offset, int limit) {
		return db
			.select(AUDIT_EVENT.OCCURRED_AT, APP_USER.DISPLAY_NAME, AUDIT_EVENT.ACTION, AUDIT_EVENT.TARGET,
					AUDIT_EVENT.DETAILS)
			.from(AUDIT_EVENT)
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(AUDIT_EVENT.ACTOR_ID))
			.where(AUDIT_EVENT.TENANT_ID.eq(tenantId))
			.and(matching(filter, AUDIT_EVENT.ACTION, AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAILS))
			.orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID)
			.offset(offset)
			.limit(limit)
			.fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	int countTenantEvents(UUID tenantId, AuditFilter filter) {
		return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.TENANT_ID.eq(tenantId)
			.and(matching(filter, AUDIT_EVENT.ACTION, AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAILS)));
	}

	List<AuditEntry> platformEvents(AuditFilter filter, int offset, int limit) {
		return db
			.select(PLATFORM_AUDIT_EVENT.OCCURRED_AT, APP_USER.DISPLAY_NAME, PLATFORM_AUDIT_EVENT.ACTION,
					PLATFORM_AUDIT_EVENT.TARGET, PLATFORM_AUDIT_EVENT.DETAILS)
			.from(PLATFORM_AUDIT_EVENT)
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(PLATFORM_AUDIT_EVENT.ACTOR_ID))
			.where(matching(filter, PLATFORM_AUDIT_EVENT.ACTION, PLATFORM_AUDIT_EVENT.TARGET,
					PLATFORM_AUDIT_EVENT.DETAILS))
			.orderBy(PLATFORM_AUDIT_EVENT.OCCURRED_AT.desc(), PLATFORM_AUDIT_EVENT.ID)
			.offset(offset)
			.limit(limit)
			.fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	int countPlatformEvents(AuditFilter filter) {
		return db.fetchCount(PLATFORM_AUDIT_EVENT, matching(filter, PLATFORM_AUDIT_EVENT.ACTION,
				PLATFORM_AUDIT_EVENT.TARGET, PLATFORM_AUDIT_EVENT.DETAILS));
	}

	private static Condition matching(AuditFilter filter, Field<String> action, Field<String> target,
			Field<String> details) {
		Condition condition = noCondition();
		if (filter.actionPrefixOrNull() != null) {
			condition = condition.and(action.startsWith(filter.actionPrefixOrNull()));
		}
		if (filter.textOrNull() != null) {
			condition = condition.and(
					target.containsIgnoreCase(filter.textOrNull()).or(details.containsIgnoreCase(filter.textOrNull())));
		}
		return condition;
	}

}
