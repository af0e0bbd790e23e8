package com.throughline.tenant.domain;

import java.util.List;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
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

	/**
	 * Renames the active workspace if nobody changed it since {@code version} was read.
	 * @throws InvalidInputException for a blank or over-long name
	 * @throws ConcurrentEditException when someone else saved first; nothing is changed
	 */
	@RolesAllowed("ADMIN")
	@Transactional
	public WorkspaceProfile rename(String name, int version) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (trimmed.length() > WorkspaceProfile.NAME_MAX_LENGTH) {
			throw new InvalidInputException("name", "validation.too-long");
		}
		var tenantId = ActiveWorkspace.tenantId();
		if (workspaces.rename(tenantId, trimmed, version) == 0) {
			throw new ConcurrentEditException("Workspace");
		}
		audit.record("workspace.renamed", tenantId.toString(), trimmed);
		return profile();
	}

}
