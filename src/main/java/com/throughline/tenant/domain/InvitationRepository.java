package com.throughline.tenant.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.Routines;
import com.throughline.platform.security.Role;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.DIRECTORY_INVITATION;
import static com.throughline.db.Tables.INVITATION;
import static org.jooq.impl.DSL.currentOffsetDateTime;

@Repository
class InvitationRepository {

	private final DSLContext db;

	InvitationRepository(DSLContext db) {
		this.db = db;
	}

	void insert(UUID tenantId, UUID id, String email, Role role, String tokenHash, UUID invitedBy,
			OffsetDateTime expiresAt, @Nullable UUID contactId) {
		db.insertInto(INVITATION)
			.set(INVITATION.CONTACT_ID, contactId)
			.set(INVITATION.TENANT_ID, tenantId)
			.set(INVITATION.ID, id)
			.set(INVITATION.EMAIL, email)
			.set(INVITATION.ROLE, role)
			.set(INVITATION.TOKEN_HASH, tokenHash)
			.set(INVITATION.INVITED_BY, invitedBy)
			.set(INVITATION.EXPIRES_AT, expiresAt)
			.execute();
	}

	List<OpenInvitation> open(UUID tenantId) {
		return db.selectFrom(INVITATION)
			.where(INVITATION.TENANT_ID.eq(tenantId))
			.and(INVITATION.CONTACT_ID.isNull())
			.and(INVITATION.ACCEPTED_AT.isNull())
			.and(INVITATION.REVOKED_AT.isNull())
			.orderBy(INVITATION.CREATED_AT.desc())
			.fetch(i -> new OpenInvitation(i.getId(), i.getEmail(), i.getRole(), i.getCreatedAt(), i.getExpiresAt()));
	}

	int revoke(UUID tenantId, UUID id) {
		return db.update(INVITATION)
			.set(INVITATION.REVOKED_AT, currentOffsetDateTime())
			.set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
			.where(INVITATION.TENANT_ID.eq(tenantId).and(INVITATION.ID.eq(id)))
			.and(INVITATION.ACCEPTED_AT.isNull())
			.and(INVITATION.REVOKED_AT.isNull())
			.execute();
	}

	Optional<String> openEmail(UUID tenantId, UUID id) {
		return db.select(INVITATION.EMAIL)
			.from(INVITATION)
			.where(INVITATION.TENANT_ID.eq(tenantId).and(INVITATION.ID.eq(id)))
			.and(INVITATION.ACCEPTED_AT.isNull())
			.and(INVITATION.REVOKED_AT.isNull())
			.fetchOptional(INVITATION.EMAIL);
	}

	int revokeOpenFor(UUID tenantId, String email) {
		return db.update(INVITATION)
			.set(INVITATION.REVOKED_AT, currentOffsetDateTime())
			.set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
			.where(INVITATION.TENANT_ID.eq(tenantId).and(INVITATION.EMAIL.eq(email)))
			.and(INVITATION.CONTACT_ID.isNull())
			.and(INVITATION.ACCEPTED_AT.isNull())
			.and(INVITATION.REVOKED_AT.isNull())
			.execute();
	}

	int revokeOpenForContact(UUID tenantId, UUID contactId) {
		return db.update(INVITATION)
			.set(INVITATION.REVOKED_AT, currentOffsetDateTime())
			.set(INVITATION.VERSION, INVITATION.VERSION.plus(1))
			.where(INVITATION.TENANT_ID.eq(tenantId).and(INVITATION.CONTACT_ID.eq(contactId)))
			.and(INVITATION.ACCEPTED_AT.isNull())
			.and(INVITATION.REVOKED_AT.isNull())
			.execute();
	}

	/** Per contact with an open invitation, when it expires. */
	Map<UUID, OffsetDateTime> openForContacts(UUID tenantId) {
		return db.select(INVITATION.CONTACT_ID, INVITATION.EXPIRES_AT)
			.from(INVITATION)
			.where(INVITATION.TENANT_ID.eq(tenantId).and(INVITATION.CONTACT_ID.isNotNull()))
			.and(INVITATION.ACCEPTED_AT.isNull())
			.and(INVITATION.REVOKED_AT.isNull())
			.and(INVITATION.EXPIRES_AT.gt(currentOffsetDateTime()))
			.fetchMap(INVITATION.CONTACT_ID, INVITATION.EXPIRES_AT);
	}

	/**
	 * The invitation behind a token, if it is open: through the directory, whatever is
	 * bound.
	 */
	Optional<InvitationDetails> openByTokenHash(String tokenHash) {
		return db.selectFrom(DIRECTORY_INVITATION.call(tokenHash))
			.where(DIRECTORY_INVITATION.ACCEPTED_AT.isNull())
			.and(DIRECTORY_INVITATION.REVOKED_AT.isNull())
			.and(DIRECTORY_INVITATION.EXPIRES_AT.gt(currentOffsetDateTime()))
			.and(DIRECTORY_INVITATION.TENANT_STATUS.eq("ACTIVE"))
			.fetchOptional(
					i -> new InvitationDetails(i.getTenantName(), i.getEmail(), i.getRole(), i.getAccountExists()));
	}

	/**
	 * Accepts through the database function; the account id, or null when not possible.
	 */
	@Nullable UUID accept(String tokenHash, UUID newAccountId, @Nullable String displayName, @Nullable String passwordHash) {
		return Routines.acceptInvitation(db.configuration(), tokenHash, newAccountId, displayName, passwordHash);
	}

}
