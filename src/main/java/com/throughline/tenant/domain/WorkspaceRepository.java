package com.throughline.tenant.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.security.Role;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.SelectConditionStep;
import org.jooq.SelectSeekStep1;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.MEMBERSHIP;
import static com.throughline.db.Tables.TENANT;
import static org.jooq.impl.DSL.noCondition;

/**
 * The active company and its members. Row-level security already limits every query to
 * it.
 */
@Repository
class WorkspaceRepository {

	private final DSLContext db;

	WorkspaceRepository(DSLContext db) {
		this.db = db;
	}

	Optional<WorkspaceProfile> find(UUID tenantId) {
		return db.selectFrom(TENANT)
			.where(TENANT.ID.eq(tenantId))
			.fetchOptional(t -> new WorkspaceProfile(t.getId(), t.getSlug(), t.getName(), t.getDefaultLocale(),
					t.getCurrency(), t.getVersion()));
	}

	/**
	 * Saves only if nobody saved since {@code expectedVersion}; returns the rows changed.
	 */
	int update(UUID tenantId, WorkspaceSettings settings, int expectedVersion) {
		return db.update(TENANT)
			.set(TENANT.NAME, settings.name())
			.set(TENANT.DEFAULT_LOCALE, settings.defaultLocale())
			.set(TENANT.CURRENCY, settings.currency())
			.set(TENANT.VERSION, TENANT.VERSION.plus(1))
			.where(TENANT.ID.eq(tenantId).and(TENANT.VERSION.eq(expectedVersion)))
			.execute();
	}

	List<Member> members(UUID tenantId) {
		return membersWhere(tenantId, "").fetch(WorkspaceRepository::member);
	}

	/** One page of the members whose name contains {@code search}, by name. */
	List<Member> members(UUID tenantId, String search, int offset, int limit) {
		return membersWhere(tenantId, search).offset(offset).limit(limit).fetch(WorkspaceRepository::member);
	}

	/** Counted without the order, and without the accounts when no name narrows it. */
	int memberCount(UUID tenantId, String search) {
		if (search.isBlank()) {
			return db.fetchCount(MEMBERSHIP, MEMBERSHIP.TENANT_ID.eq(tenantId));
		}
		return db.fetchCount(named(tenantId, search));
	}

	private SelectSeekStep1<Record5<UUID, String, String, Role, OffsetDateTime>, String> membersWhere(UUID tenantId,
			String search) {
		return named(tenantId, search).orderBy(APP_USER.DISPLAY_NAME);
	}

	/** The company's members whose name contains {@code search}, in no order. */
	private SelectConditionStep<Record5<UUID, String, String, Role, OffsetDateTime>> named(UUID tenantId,
			String search) {
		return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, MEMBERSHIP.ROLE, MEMBERSHIP.CREATED_AT)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.TENANT_ID.eq(tenantId))
			.and(search.isBlank() ? noCondition() : APP_USER.DISPLAY_NAME.containsIgnoreCase(search.strip()));
	}

	private static Member member(Record5<UUID, String, String, Role, OffsetDateTime> r) {
		return new Member(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
	}

}
