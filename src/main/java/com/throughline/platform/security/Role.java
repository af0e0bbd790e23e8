package com.throughline.platform.security;

import java.util.List;

/**
 * What a member may do in a tenant. Each role includes the rights of the roles below it,
 * so an admin passes every {@code @RolesAllowed("EDITOR")} check.
 */
public enum Role {

	VIEWER, EDITOR, ADMIN;

	public List<Role> includedRoles() {
		return List.of(values()).subList(0, ordinal() + 1);
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
