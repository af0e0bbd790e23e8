package com.throughline.tenant.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;

/** A new invitation and its secret token: shown once, to be sent to the invitee. */
public record IssuedInvitation(UUID id, String email, Role role, String token, OffsetDateTime expiresAt) {

	/**
	 * A fresh invitation with a new secret token, valid for
	 * {@link InvitationService#VALIDITY}.
	 */
	static IssuedInvitation issue(String email, Role role, Clock clock) {
		return new IssuedInvitation(UUID.randomUUID(), email, role, SecretTokens.newToken(),
				OffsetDateTime.now(clock).plus(InvitationService.VALIDITY));
	}

	public String path() {
		return "invitation/" + token;
	}

}
