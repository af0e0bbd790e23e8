package com.throughline.platform.security;

import java.util.List;

/**
 * What a person may do in a tenant. Team roles include the rights of the team roles below
 * them, so an admin passes every {@code @RolesAllowed("EDITOR")} check. Client roles
 * belong to a key client's contacts: they include no team role and see only what was
 * shared with their client, as a buyer or as a user.
 */
public enum Role {

	VIEWER, EDITOR, ADMIN, CLIENT_BUYER, CLIENT_USER;

	/** The roles of a company's own people, lowest first. */
	public static final List<Role> TEAM = List.of(VIEWER, EDITOR, ADMIN);

	public boolean client() {
		return !TEAM.contains(this);
	}

	public List<Role> includedRoles() {
		return client() ? List.of(this) : TEAM.subList(0, ordinal() + 1);
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
