package com.throughline.tenant.domain;

import java.util.List;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active workspace: its profile and its team. */
@Service
public class WorkspaceService {

	private final WorkspaceRepository workspaces;

	private final AuditLog audit;

	WorkspaceService(WorkspaceRepository workspaces, AuditLog audit) {
		this.workspaces = workspaces;
		this.audit = audit;
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public WorkspaceProfile profile() {
		return workspaces.find(ActiveWorkspace.tenantId()).orElseThrow(() -> new NotFoundException("Workspace"));
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Member> members() {
		return workspaces.members(ActiveWorkspace.tenantId());
	}

	/** A page of the members whose name contains {@code search} (blank: all), by name. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Member> members(String search, int offset, int limit) {
		return workspaces.members(ActiveWorkspace.tenantId(), search, offset, limit);
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public int memberCount(String search) {
		return workspaces.memberCount(ActiveWorkspace.tenantId(), search);
	}

	/**
	 * Saves the workspace settings if nobody changed them since {@code version} was read.
	 * @throws InvalidInputException naming the first field that is wrong
	 * @throws ConcurrentEditException when someone else saved first; nothing is changed
	 */
	@RolesAllowed("ADMIN")
	@Transactional
	public WorkspaceProfile updateSettings(WorkspaceSettings settings, int version) {
		var valid = settings.validated();
		var tenantId = ActiveWorkspace.tenantId();
		if (workspaces.update(tenantId, valid, version) == 0) {
			throw new ConcurrentEditException("Workspace");
		}
		audit.record("workspace.settings-changed", tenantId.toString(),
				valid.name() + ", " + valid.defaultLocale() + ", " + valid.currency());
		return profile();
	}

}
