package com.throughline.sharing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.Routines;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.CLIENT_SHARED_ROADMAP;
import static com.throughline.db.Tables.CLIENT_SHARES;

/**
 * What a signed-in client contact reads and does: only through the database's client
 * functions, which find the contact from the account bound to the transaction.
 */
@Repository
class ClientPortalRepository {

	private final DSLContext db;

	ClientPortalRepository(DSLContext db) {
		this.db = db;
	}

	List<ClientShare> shares(UUID tenantId) {
		return db.selectFrom(CLIENT_SHARES.call(tenantId))
			.fetch(r -> new ClientShare(r.getShareId(), r.getCompanyName(), r.getClientName(), r.getProductName(),
					Persona.valueOf(r.getPersona()), r.getMessage(), r.getExpiresOn()));
	}

	Optional<SharedRoadmap> open(UUID tenantId, UUID shareId) {
		return SharedContent.of(db.selectFrom(CLIENT_SHARED_ROADMAP.call(tenantId, shareId)).fetch());
	}

	boolean react(UUID tenantId, UUID shareId, UUID itemId, @Nullable String comment) {
		return Boolean.TRUE.equals(Routines.clientReact(db.configuration(), tenantId, shareId, itemId, comment));
	}

}
