package com.throughline.sharing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.ActiveWorkspace;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in client contact sees: the active shares of their client, each in the
 * contact's persona — never another client's, nothing revoked or expired, nothing else of
 * the company. Their transactions bind no tenant, so row-level security hides every row;
 * the database's client functions answer from the signed-in account alone.
 */
@Service
public class ClientPortalService {

	static final int COMMENT_MAX = 1000;

	private final ClientPortalRepository portal;

	ClientPortalService(ClientPortalRepository portal) {
		this.portal = portal;
	}

	@RolesAllowed({ "CLIENT_BUYER", "CLIENT_USER" })
	@Transactional(readOnly = true)
	public List<ClientShare> shares() {
		return portal.shares(ActiveWorkspace.sharingTenantId());
	}

	/**
	 * The share in the contact's persona, logged as a view; empty when it is not theirs,
	 * revoked or expired.
	 */
	@RolesAllowed({ "CLIENT_BUYER", "CLIENT_USER" })
	@Transactional
	public Optional<SharedRoadmap> open(UUID shareId) {
		return portal.open(ActiveWorkspace.sharingTenantId(), shareId);
	}

	/**
	 * Marks a shown item "important to us"; false when the item is not (or no longer)
	 * shown to the contact.
	 */
	@RolesAllowed({ "CLIENT_BUYER", "CLIENT_USER" })
	@Transactional
	public boolean react(UUID shareId, UUID itemId, @Nullable String comment) {
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > COMMENT_MAX) {
			throw new InvalidInputException("comment", "validation.too-long.max");
		}
		return portal.react(ActiveWorkspace.sharingTenantId(), shareId, itemId, text);
	}

}
