package com.throughline.tenant.domain;

import java.util.List;
import java.util.UUID;

import com.throughline.db.Routines;
import com.throughline.platform.security.TenantStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.PLATFORM_TENANTS;

/**
 * Every company, read and provisioned through the database's platform functions, which
 * answer only to a platform admin (see docs/SECURITY.md).
 */
@Repository
class TenantDirectory {

	private final DSLContext db;

	TenantDirectory(DSLContext db) {
		this.db = db;
	}

	List<TenantSummary> page(@Nullable String search, int offset, int limit) {
		return db.selectFrom(PLATFORM_TENANTS.call(search, limit, offset))
			.fetch(t -> new TenantSummary(t.getId(), t.getSlug(), t.getName(), TenantStatus.valueOf(t.getStatus()),
					t.getMemberCount(), t.getCreatedAt()));
	}

	long count(@Nullable String search) {
		return Routines.platformTenantCount(db.configuration(), search);
	}

	boolean slugTaken(String slug) {
		return Boolean.TRUE.equals(Routines.platformSlugTaken(db.configuration(), slug));
	}

	void create(UUID tenantId, String slug, String name, IssuedInvitation firstAdmin, String tokenHash) {
		Routines.platformCreateTenant(db.configuration(), tenantId, slug, name, firstAdmin.id(), firstAdmin.email(),
				tokenHash, firstAdmin.expiresAt());
	}

	boolean setStatus(UUID tenantId, TenantStatus status) {
		Integer changed = Routines.platformSetTenantStatus(db.configuration(), tenantId, status.name());
		return changed != null && changed > 0;
	}

}
