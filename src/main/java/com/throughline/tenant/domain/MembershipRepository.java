package com.throughline.tenant.domain;

import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.security.Role;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.MEMBERSHIP;

@Repository
class MembershipRepository {

	private final DSLContext db;

	MembershipRepository(DSLContext db) {
		this.db = db;
	}

	Optional<Member> find(UUID tenantId, UUID accountId) {
		return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, MEMBERSHIP.ROLE, MEMBERSHIP.CREATED_AT)
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.TENANT_ID.eq(tenantId).and(MEMBERSHIP.USER_ID.eq(accountId)))
			.fetchOptional(r -> new Member(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	boolean isMember(UUID tenantId, String email) {
		return db.fetchExists(db.selectOne()
			.from(MEMBERSHIP)
			.join(APP_USER)
			.on(APP_USER.ID.eq(MEMBERSHIP.USER_ID))
			.where(MEMBERSHIP.TENANT_ID.eq(tenantId))
			.and(APP_USER.EMAIL.equalIgnoreCase(email)));
	}

	/** Counts the admins, locking their memberships until the transaction ends. */
	int lockAdmins(UUID tenantId) {
		return db.select(MEMBERSHIP.ID)
			.from(MEMBERSHIP)
			.where(MEMBERSHIP.TENANT_ID.eq(tenantId).and(MEMBERSHIP.ROLE.eq(Role.ADMIN)))
			.forUpdate()
			.fetch()
			.size();
	}

	int setRole(UUID tenantId, UUID accountId, Role role) {
		return db.update(MEMBERSHIP)
			.set(MEMBERSHIP.ROLE, role)
			.set(MEMBERSHIP.VERSION, MEMBERSHIP.VERSION.plus(1))
			.where(MEMBERSHIP.TENANT_ID.eq(tenantId).and(MEMBERSHIP.USER_ID.eq(accountId)))
			.execute();
	}

	int remove(UUID tenantId, UUID accountId) {
		return db.deleteFrom(MEMBERSHIP)
			.where(MEMBERSHIP.TENANT_ID.eq(tenantId).and(MEMBERSHIP.USER_ID.eq(accountId)))
			.execute();
	}

}
