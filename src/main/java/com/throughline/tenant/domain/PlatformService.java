package com.throughline.tenant.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.SearchText;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;
import com.throughline.platform.security.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform admin provisions, lists, suspends and reactivates companies. The database
 * functions behind it answer only to a platform admin as well.
 */
@Service
public class PlatformService {

	private final TenantDirectory directory;

	private final Clock clock;

	private final AuditLog audit;

	private final ActiveSessions sessions;

	PlatformService(TenantDirectory directory, Clock clock, AuditLog audit, ActiveSessions sessions) {
		this.directory = directory;
		this.clock = clock;
		this.audit = audit;
		this.sessions = sessions;
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public List<TenantSummary> tenants(@Nullable String search, int offset, int limit) {
		return directory.page(SearchText.pattern(search), offset, limit);
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public long countTenants(@Nullable String search) {
		return directory.count(SearchText.pattern(search));
	}

	/**
	 * Creates the company and the invitation of its first admin, in one transaction.
	 * @throws InvalidInputException for a bad field or a slug already taken
	 */
	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional
	public IssuedInvitation provision(NewTenant request) {
		var tenant = request.validated();
		if (directory.slugTaken(tenant.slug())) {
			throw new InvalidInputException("slug", "tenant.slug.taken");
		}
		var invitation = IssuedInvitation.issue(tenant.adminEmail(), Role.ADMIN, clock);
		UUID tenantId = UUID.randomUUID();
		try {
			directory.create(tenantId, tenant.slug(), tenant.name(), invitation, SecretTokens.hash(invitation.token()));
		}
		catch (DuplicateKeyException raced) {
			throw new InvalidInputException("slug", "tenant.slug.taken");
		}
		audit.recordPlatform("tenant.provisioned", tenant.slug(), tenant.name() + ", admin " + tenant.adminEmail());
		return invitation;
	}

	/**
	 * Suspends a company: its data is kept, its members can no longer enter, open
	 * sessions end.
	 */
	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional
	public void suspend(UUID tenantId) {
		changeStatus(tenantId, TenantStatus.SUSPENDED, "tenant.suspended");
		sessions.endAllInWhenCommitted(tenantId);
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional
	public void reactivate(UUID tenantId) {
		changeStatus(tenantId, TenantStatus.ACTIVE, "tenant.reactivated");
	}

	private void changeStatus(UUID tenantId, TenantStatus status, String action) {
		if (!directory.setStatus(tenantId, status)) {
			throw new NotFoundException("Tenant");
		}
		audit.recordPlatform(action, tenantId.toString(), null);
	}

}
