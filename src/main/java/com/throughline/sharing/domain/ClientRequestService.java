package com.throughline.sharing.domain;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.SignedInPerson;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key clients' requests, each recorded as a trade-off — the item that would deliver it
 * and the item it would delay — and decided on, never promised by being written down.
 */
@Service
public class ClientRequestService {

	private final ClientRequestRepository requests;

	private final SharingRepository sharing;

	private final AuditLog audit;

	ClientRequestService(ClientRequestRepository requests, SharingRepository sharing, AuditLog audit) {
		this.requests = requests;
		this.sharing = sharing;
		this.audit = audit;
	}

	/** The company's requests, newest first; only those of {@code status} when given. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<ClientRequest> requests(@Nullable RequestStatus status) {
		return requests.requests(ActiveWorkspace.tenantId(), status);
	}

	/**
	 * @throws InvalidInputException for a missing client, title or status, items not of
	 * the chosen product, or an item that would delay itself
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public ClientRequest record(ClientRequestDraft draft) {
		var valid = checked(draft);
		UUID id = UUID.randomUUID();
		requests.insert(ActiveWorkspace.tenantId(), id, valid, SignedInPerson.current().orElseThrow().id());
		audit.record("request.recorded", valid.title(), String.valueOf(valid.status()));
		return get(id);
	}

	/**
	 * @throws ConcurrentEditException when someone saved the request since
	 * {@code version}
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public ClientRequest update(UUID id, ClientRequestDraft draft, int version) {
		var before = get(id);
		var valid = checked(draft);
		if (requests.update(ActiveWorkspace.tenantId(), id, valid, version) == 0) {
			throw new ConcurrentEditException("Client request");
		}
		audit.record(before.status() == valid.status() ? "request.updated" : "request.decided", valid.title(),
				String.valueOf(valid.status()));
		return get(id);
	}

	private ClientRequest get(UUID id) {
		return requests.request(ActiveWorkspace.tenantId(), id).orElseThrow(() -> new NotFoundException("Request"));
	}

	private ClientRequestDraft checked(ClientRequestDraft draft) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		if (!sharing.clientExists(tenantId, valid.clientId())) {
			throw new InvalidInputException("client", "validation.required");
		}
		if (valid.productId() != null && !sharing.productExists(tenantId, valid.productId())) {
			throw new InvalidInputException("product", "validation.required");
		}
		List<UUID> items = Stream.of(valid.deliveredBy(), valid.displaces())
			.filter(java.util.Objects::nonNull)
			.toList();
		if (!items.isEmpty() && requests.itemsOf(tenantId, valid.productId(), items) != items.size()) {
			throw new InvalidInputException("deliveredBy", "request.items.other-product");
		}
		return valid;
	}

}
