package com.throughline.support;

import java.util.UUID;

import javax.sql.DataSource;

import com.throughline.platform.security.Role;
import com.throughline.platform.security.TenantStatus;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.MEMBERSHIP;
import static com.throughline.db.Tables.TENANT;

/**
 * Test data written as the owner (outside row-level security), so tests can arrange any
 * situation and then look at it through the application's own, tenant-bound path.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "fixture-password";

	private final DSLContext owner;

	Fixtures(@Qualifier("owner") DataSource owner) {
		this.owner = DSL.using(owner, SQLDialect.POSTGRES);
	}

	public DSLContext owner() {
		return owner;
	}

	public UUID tenant(String name) {
		UUID id = UUID.randomUUID();
		owner.insertInto(TENANT)
			.set(TENANT.ID, id)
			.set(TENANT.SLUG, "t-" + id.toString().substring(0, 12))
			.set(TENANT.NAME, name)
			.execute();
		return id;
	}

	public UUID account(String displayName) {
		UUID id = UUID.randomUUID();
		owner.insertInto(APP_USER)
			.set(APP_USER.ID, id)
			.set(APP_USER.EMAIL, id + "@fixture.test")
			.set(APP_USER.DISPLAY_NAME, displayName)
			.set(APP_USER.PASSWORD_HASH, "{noop}" + PASSWORD)
			.execute();
		return id;
	}

	public String emailOf(UUID accountId) {
		return owner.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.ID.eq(accountId)).fetchSingle().value1();
	}

	public UUID member(UUID tenantId, UUID accountId, Role role) {
		UUID id = UUID.randomUUID();
		owner.insertInto(MEMBERSHIP)
			.set(MEMBERSHIP.TENANT_ID, tenantId)
			.set(MEMBERSHIP.ID, id)
			.set(MEMBERSHIP.USER_ID, accountId)
			.set(MEMBERSHIP.ROLE, role)
			.execute();
		return id;
	}

	/** A new company with one member of the given role; returns that member's email. */
	public String personIn(UUID tenantId, Role role) {
		UUID account = account(role.name().toLowerCase() + " of " + tenantId);
		member(tenantId, account, role);
		return emailOf(account);
	}

	public void setStatus(UUID tenantId, TenantStatus status) {
		owner.update(TENANT).set(TENANT.STATUS, status).where(TENANT.ID.eq(tenantId)).execute();
	}

	public UUID tenantIdOf(String slug) {
		return owner.select(TENANT.ID).from(TENANT).where(TENANT.SLUG.eq(slug)).fetchSingle().value1();
	}

}
