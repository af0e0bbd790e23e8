package com.throughline.audit.domain;

import java.util.List;

import com.throughline.platform.security.ActiveWorkspace;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what: the active workspace's log for its admins, the platform's for platform
 * admins.
 */
@Service
public class AuditTrailService {

	private final AuditTrailRepository trail;

	AuditTrailService(AuditTrailRepository trail) {
		this.trail = trail;
	}

	@RolesAllowed("ADMIN")
	@Transactional(readOnly = true)
	public List<AuditEntry> workspaceEvents(AuditFilter filter, int offset, int limit) {
		return trail.tenantEvents(ActiveWorkspace.tenantId(), filter, offset, limit);
	}

	@RolesAllowed("ADMIN")
	@Transactional(readOnly = true)
	public int countWorkspaceEvents(AuditFilter filter) {
		return trail.countTenantEvents(ActiveWorkspace.tenantId(), filter);
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public List<AuditEntry> platformEvents(AuditFilter filter, int offset, int limit) {
		return trail.platformEvents(filter, offset, limit);
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public int countPlatformEvents(AuditFilter filter) {
		return trail.countPlatformEvents(filter);
	}

}
