package com.throughline.tenant.domain;

import java.util.List;

import com.throughline.platform.security.TenantStatus;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.DIRECTORY_TENANTS;

/**
 * Every company, read through the database's directory function (see docs/SECURITY.md).
 */
@Repository
class TenantDirectory {

	private final DSLContext db;

	TenantDirectory(DSLContext db) {
		this.db = db;
	}

	List<TenantSummary> all() {
		return db.selectFrom(DIRECTORY_TENANTS.call())
			.fetch(t -> new TenantSummary(t.getId(), t.getSlug(), t.getName(), TenantStatus.valueOf(t.getStatus()),
					t.getMemberCount(), t.getCreatedAt()));
	}

}
