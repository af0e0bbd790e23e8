package com.throughline.platform.security;

import java.util.UUID;

import com.throughline.platform.NotFoundException;

/**
 * The tenant of the signed-in person's active workspace: the only source of a tenant id.
 */
public final class ActiveWorkspace {

	private ActiveWorkspace() {
	}

	/** The company of the signed-in team member; a client contact has none. */
	public static UUID tenantId() {
		return SignedInPerson.current()
			.flatMap(SignedInPerson::teamTenantId)
			.orElseThrow(() -> new NotFoundException("Workspace"));
	}

	/** The company sharing with the signed-in client contact. */
	public static UUID sharingTenantId() {
		return SignedInPerson.current()
			.flatMap(SignedInPerson::clientOfTenantId)
			.orElseThrow(() -> new NotFoundException("Workspace"));
	}

}
