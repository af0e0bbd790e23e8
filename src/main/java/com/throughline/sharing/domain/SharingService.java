package com.throughline.sharing.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.SecretTokens;
import com.throughline.platform.security.SignedInPerson;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key clients and roadmap shares. A share gets one secret link per persona; the link's
 * persona, never the URL, decides what its holder sees. Only token hashes are stored.
 */
@Service
public class SharingService {

	private final SharingRepository sharing;

	private final LinkThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	SharingService(SharingRepository sharing, LinkThrottle throttle, AuditLog audit, Clock clock) {
		this.sharing = sharing;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<Share> shares() {
		return sharing.shares(ActiveWorkspace.tenantId());
	}

	/**
	 * Shares a product's roadmap with a client until a future date, and issues a buyer
	 * link and a user link.
	 * @throws InvalidInputException for a missing client or product, a past expiry, or no
	 * items
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public IssuedShare share(ShareDraft draft) {
		var valid = draft.validated(LocalDate.now(clock));
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!sharing.clientExists(tenantId, valid.clientId())) {
			throw new InvalidInputException("client", "validation.required");
		}
		if (!sharing.productExists(tenantId, valid.productId())) {
			throw new InvalidInputException("product", "validation.required");
		}
		checkItems(tenantId, valid);
		UUID id = UUID.randomUUID();
		sharing.insertShare(tenantId, id, valid, SignedInPerson.current().orElseThrow().id());
		audit.record("share.created", id.toString(), valid.expiresOn().toString());
		return issueLinks(tenantId, id);
	}

	/**
	 * Changes what a share shows (all shareable items or a hand-picked subset), its
	 * message and its expiry; the client, the product and the links stay.
	 * @throws InvalidInputException for a past expiry, no items, items of another
	 * product, or a revoked share
	 * @throws ConcurrentEditException when someone changed the share since
	 * {@code version}
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public void update(UUID shareId, ShareDraft draft, int version) {
		UUID tenantId = ActiveWorkspace.tenantId();
		var share = sharing.share(tenantId, shareId).orElseThrow(() -> new NotFoundException("Share"));
		if (share.revokedAt() != null) {
			throw new InvalidInputException("share", "share.revoked-final");
		}
		var valid = new ShareDraft(share.clientId(), share.productId(), draft.allItems(), draft.itemIds(),
				draft.message(), draft.expiresOn())
			.validated(LocalDate.now(clock));
		checkItems(tenantId, valid);
		if (sharing.updateShare(tenantId, shareId, valid, version) == 0) {
			throw new ConcurrentEditException("Share");
		}
		audit.record("share.updated", shareId.toString(), valid.expiresOn().toString());
	}

	/** The items picked by hand for a share; empty when it shares all shareable items. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<UUID> pickedItems(UUID shareId) {
		return sharing.pickedItems(ActiveWorkspace.tenantId(), shareId);
	}

	/**
	 * Replaces both links of an active share: the old ones stop working at once, the new
	 * ones are shown once. Signed-in contacts keep their access.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public IssuedShare reissueLinks(UUID shareId) {
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!sharing.activeShare(tenantId, shareId)) {
			throw new NotFoundException("Share");
		}
		sharing.revokeLinks(tenantId, shareId);
		audit.record("share.links-reissued", shareId.toString(), null);
		return issueLinks(tenantId, shareId);
	}

	/** The latest 200 openings of a share, by link or by signed-in contact. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<ShareViewEntry> views(UUID shareId) {
		return sharing.views(ActiveWorkspace.tenantId(), shareId, 200);
	}

	private void checkItems(UUID tenantId, ShareDraft valid) {
		if (!valid.itemIds().isEmpty()
				&& sharing.itemsOf(tenantId, valid.itemIds(), valid.productId()) != valid.itemIds().size()) {
			throw new InvalidInputException("items", "share.items.other-product");
		}
	}

	private IssuedShare issueLinks(UUID tenantId, UUID shareId) {
		var issued = new IssuedShare(shareId, SecretTokens.newToken(), SecretTokens.newToken());
		sharing.insertLink(tenantId, shareId, Persona.BUYER, SecretTokens.hash(issued.buyerToken()));
		sharing.insertLink(tenantId, shareId, Persona.USER, SecretTokens.hash(issued.userToken()));
		return issued;
	}

	@RolesAllowed("EDITOR")
	@Transactional
	public void revoke(UUID shareId) {
		if (sharing.revoke(ActiveWorkspace.tenantId(), shareId) == 0) {
			throw new NotFoundException("Share");
		}
		audit.record("share.revoked", shareId.toString(), null);
	}

	/**
	 * Exactly what a link of that persona shows, for the team to check before sending it.
	 */
	@RolesAllowed("EDITOR")
	@Transactional(readOnly = true)
	public Optional<SharedRoadmap> preview(UUID shareId, Persona persona) {
		return sharing.preview(shareId, persona);
	}

	/**
	 * The link holder marks a shared item "important to us", with an optional comment (≤
	 * 1,000 characters). False when the link or the item is not (or no longer) shared.
	 */
	@PermitAll
	@Transactional
	public boolean react(String token, UUID itemId, @Nullable String comment, String address) {
		if (throttle.blocked(address) || !SecretTokens.wellFormed(token)) {
			return false;
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 1000) {
			throw new InvalidInputException("comment", "validation.too-long.max");
		}
		return sharing.react(SecretTokens.hash(token), itemId, text);
	}

	/**
	 * Which clients care about which items of a product, with the contract value behind
	 * them.
	 */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Map<UUID, List<ClientInterest>> interest(UUID productId) {
		return sharing.interest(ActiveWorkspace.tenantId(), productId)
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(ClientInterest::itemId));
	}

	/**
	 * What the holder of a link sees, or nothing — for a malformed, unknown, revoked or
	 * expired link alike. Repeated misses from one address are refused for a while.
	 */
	@PermitAll
	@Transactional
	public Optional<SharedRoadmap> open(String token, String address) {
		if (throttle.blocked(address)) {
			return Optional.empty();
		}
		String hash = SecretTokens.hash(token == null ? "" : token);
		Optional<SharedRoadmap> shared = SecretTokens.wellFormed(token) ? sharing.byToken(hash) : Optional.empty();
		if (shared.isEmpty()) {
			throttle.recordMiss(address);
		}
		return shared;
	}

}
