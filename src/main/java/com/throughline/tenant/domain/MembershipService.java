package com.throughline.tenant.domain;

import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin changes roles and removes members. A workspace always keeps an admin;
 * a member whose role changes or who is removed is signed out of that workspace.
 */
@Service
public class MembershipService {

	private final MembershipRepository memberships;

	private final AuditLog audit;

	private final ActiveSessions sessions;

	MembershipService(MembershipRepository memberships, AuditLog audit, ActiveSessions sessions) {
		this.memberships = memberships;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * @throws InvalidInputException when this would leave the workspace without an admin
	 */
	@RolesAllowed("ADMIN")
	@Transactional
	public void changeRole(UUID accountId, Role role) {
		UUID tenantId = ActiveWorkspace.tenantId();
		Member member = memberships.find(tenantId, accountId).orElseThrow(() -> new NotFoundException("Member"));
		if (member.role() == role) {
			return;
		}
		if (member.role() == Role.ADMIN) {
			refuseIfLastAdmin(tenantId, "role");
		}
		memberships.setRole(tenantId, accountId, role);
		audit.record("member.role-changed", member.email(), member.role() + " -> " + role);
		sessions.endWhenCommitted(accountId, tenantId);
	}

	/**
	 * @throws InvalidInputException when this would leave the workspace without an admin
	 */
	@RolesAllowed("ADMIN")
	@Transactional
	public void remove(UUID accountId) {
		UUID tenantId = ActiveWorkspace.tenantId();
		Member member = memberships.find(tenantId, accountId).orElseThrow(() -> new NotFoundException("Member"));
		if (member.role() == Role.ADMIN) {
			refuseIfLastAdmin(tenantId, "member");
		}
		memberships.remove(tenantId, accountId);
		audit.record("member.removed", member.email(), member.role().name());
		sessions.endWhenCommitted(accountId, tenantId);
	}

	private void refuseIfLastAdmin(UUID tenantId, String field) {
		if (memberships.lockAdmins(tenantId) <= 1) {
			throw new InvalidInputException(field, "member.last-admin");
		}
	}

}
