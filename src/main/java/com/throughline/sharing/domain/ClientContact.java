package com.throughline.sharing.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person at a key client: a buyer (outcomes, ROI, timing) or a user (daily work). Once
 * their invitation is accepted they sign in and see that client's shares in their
 * persona.
 */
public record ClientContact(UUID id, UUID clientId, String name, String email, Persona persona, boolean signedUp,
		@Nullable OffsetDateTime invitationExpiresAt, int version) {

	public boolean invited() {
		return !signedUp && invitationExpiresAt != null;
	}

	ClientContact withInvitation(@Nullable OffsetDateTime expiresAt) {
		return new ClientContact(id, clientId, name, email, persona, signedUp, expiresAt, version);
	}

}
