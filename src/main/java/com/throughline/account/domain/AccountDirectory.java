package com.throughline.account.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.security.TenantStatus;
import com.throughline.platform.security.WorkspaceAccess;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.DIRECTORY_ACCOUNT;
import static com.throughline.db.Tables.DIRECTORY_MEMBERSHIPS;

/**
 * Reads accounts and memberships across tenants, for signing in. Goes only through the
 * database's directory functions: the one narrow cross-tenant path (docs/SECURITY.md).
 */
@Repository
class AccountDirectory {

	private final DSLContext db;

	AccountDirectory(DSLContext db) {
		this.db = db;
	}

	Optional<AccountCredentials> findByEmail(String email) {
		return db.selectFrom(DIRECTORY_ACCOUNT.call(email))
			.fetchOptional(r -> new AccountCredentials(r.getId(), r.getEmail(), r.getDisplayName(), r.getPasswordHash(),
					r.getPlatformAdmin(), r.getLocale(), r.getDisabled()));
	}

	List<WorkspaceAccess> workspacesOf(UUID accountId) {
		return db.selectFrom(DIRECTORY_MEMBERSHIPS.call(accountId))
			.fetch(r -> new WorkspaceAccess(r.getTenantId(), r.getTenantSlug(), r.getTenantName(),
					TenantStatus.valueOf(r.getTenantStatus()), r.getRole()));
	}

}
