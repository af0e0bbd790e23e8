package com.throughline.tenant.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.throughline.platform.security.Role;

/** An invitation not yet accepted nor revoked (it may have expired). */
public record OpenInvitation(UUID id, String email, Role role, OffsetDateTime createdAt, OffsetDateTime expiresAt) {

	public boolean expired(OffsetDateTime now) {
		return !expiresAt.isAfter(now);
	}

}
