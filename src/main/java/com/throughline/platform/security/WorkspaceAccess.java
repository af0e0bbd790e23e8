package com.throughline.platform.security;

import java.io.Serializable;
import java.util.UUID;

/** A tenant a person belongs to, and their role there. */
public record WorkspaceAccess(UUID tenantId, String slug, String name, TenantStatus status,
		Role role) implements Serializable {

	public boolean enterable() {
		return status == TenantStatus.ACTIVE;
	}

}
