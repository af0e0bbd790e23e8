package com.throughline.platform.security;

import java.util.UUID;

import com.throughline.platform.NotFoundException;

/**
 * The tenant of the signed-in person's active workspace: the only source of a tenant id.
 */
public final class ActiveWorkspace {

	private ActiveWorkspace() {
	}

	public static UUID tenantId() {
		return SignedInPerson.current()
			.flatMap(SignedInPerson::activeTenantId)
			.orElseThrow(() -> new NotFoundException("Workspace"));
	}

}
