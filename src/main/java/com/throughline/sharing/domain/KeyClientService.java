package com.throughline.sharing.domain;

import java.util.List;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.Role;
import com.throughline.segment.domain.SegmentService;
import com.throughline.tenant.domain.InvitationService;
import com.throughline.tenant.domain.IssuedInvitation;
import com.throughline.tenant.domain.WorkspaceService;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key clients (segment, contract value, account owner) and their contacts, each a buyer
 * or a user. A contact invited to sign in sees only that client's shares, in their
 * persona.
 */
@Service
public class KeyClientService {

	private final KeyClientRepository clients;

	private final InvitationService invitations;

	private final SegmentService segments;

	private final WorkspaceService workspace;

	private final ActiveSessions sessions;

	private final AuditLog audit;

	KeyClientService(KeyClientRepository clients, InvitationService invitations, SegmentService segments,
			WorkspaceService workspace, ActiveSessions sessions, AuditLog audit) {
		this.clients = clients;
		this.invitations = invitations;
		this.segments = segments;
		this.workspace = workspace;
		this.sessions = sessions;
		this.audit = audit;
	}

	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<ClientAccount> clients() {
		return clients.clients(ActiveWorkspace.tenantId());
	}

	/**
	 * @throws InvalidInputException for a missing or taken name, a bad contract value, a
	 * segment or an owner not of this company
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public ClientAccount createClient(ClientDraft draft) {
		UUID id = UUID.randomUUID();
		var valid = checked(draft, id);
		clients.insertClient(ActiveWorkspace.tenantId(), id, valid);
		audit.record("client.created", valid.name(), null);
		return client(id);
	}

	/**
	 * @throws ConcurrentEditException when someone saved the client since {@code version}
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public ClientAccount updateClient(UUID id, ClientDraft draft, int version) {
		client(id);
		var valid = checked(draft, id);
		if (clients.updateClient(ActiveWorkspace.tenantId(), id, valid, version) == 0) {
			throw new ConcurrentEditException("Client");
		}
		audit.record("client.updated", valid.name(), null);
		return client(id);
	}

	/**
	 * Removes a client that was never shared with, and its contacts.
	 * @throws InvalidInputException when it has shares, which stay on record
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public void removeClient(UUID id) {
		var client = client(id);
		UUID tenantId = ActiveWorkspace.tenantId();
		if (clients.hasShares(tenantId, id)) {
			throw new InvalidInputException("client", "client.has-shares");
		}
		clients.contacts(tenantId, id).forEach(contact -> removeAccess(tenantId, contact.id()));
		clients.deleteClient(tenantId, id);
		audit.record("client.removed", client.name(), null);
	}

	/** The client's contacts with their sign-in state, buyers first. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public List<ClientContact> contacts(UUID clientId) {
		client(clientId);
		var open = invitations.openForContacts();
		return clients.contacts(ActiveWorkspace.tenantId(), clientId)
			.stream()
			.map(c -> c.withInvitation(open.get(c.id())))
			.toList();
	}

	/**
	 * @throws InvalidInputException for a missing name or persona, a bad or taken email
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public ClientContact addContact(UUID clientId, ContactDraft draft) {
		var client = client(clientId);
		UUID id = UUID.randomUUID();
		var valid = checked(draft, id);
		clients.insertContact(ActiveWorkspace.tenantId(), id, clientId, valid);
		audit.record("contact.added", valid.email(), client.name() + " · " + valid.persona());
		return contact(id);
	}

	/**
	 * Changes a contact. A contact who signed up keeps their email; a change of persona
	 * signs them out, so their next sign-in gets the other view.
	 * @throws ConcurrentEditException when someone saved the contact since
	 * {@code version}
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public ClientContact updateContact(UUID contactId, ContactDraft draft, int version) {
		var before = contact(contactId);
		var valid = checked(draft, contactId);
		if (before.signedUp() && !before.email().equals(valid.email())) {
			throw new InvalidInputException("email", "contact.email-locked");
		}
		UUID tenantId = ActiveWorkspace.tenantId();
		if (clients.updateContact(tenantId, contactId, valid, version) == 0) {
			throw new ConcurrentEditException("Contact");
		}
		if (!before.email().equals(valid.email())) {
			// An invitation sent to the old address must not link its holder to this
			// contact.
			invitations.revokeForContact(contactId);
		}
		if (before.persona() != valid.persona()) {
			clients.accountOf(tenantId, contactId).ifPresent(account -> sessions.endWhenCommitted(account, tenantId));
		}
		audit.record("contact.updated", valid.email(), String.valueOf(valid.persona()));
		return contact(contactId);
	}

	/**
	 * Removes a contact: their open invitation is withdrawn and their sign-in no longer
	 * reaches this company.
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public void removeContact(UUID contactId) {
		var contact = contact(contactId);
		removeAccess(ActiveWorkspace.tenantId(), contactId);
		audit.record("contact.removed", contact.email(), null);
	}

	/**
	 * Invites the contact to sign in; the link is shown once (and mailed when mail is set
	 * up).
	 * @throws InvalidInputException when the contact has signed up already or is on the
	 * team
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public IssuedInvitation invite(UUID contactId) {
		var contact = contact(contactId);
		if (contact.signedUp()) {
			throw new InvalidInputException("email", "contact.already-signed-up");
		}
		return invitations.inviteClientContact(contactId, contact.email(),
				contact.persona() == Persona.BUYER ? Role.CLIENT_BUYER : Role.CLIENT_USER);
	}

	private void removeAccess(UUID tenantId, UUID contactId) {
		invitations.revokeForContact(contactId);
		clients.accountOf(tenantId, contactId).ifPresent(account -> sessions.endWhenCommitted(account, tenantId));
		clients.removeContact(tenantId, contactId);
	}

	private ClientDraft checked(ClientDraft draft, UUID id) {
		var valid = draft.validated();
		UUID tenantId = ActiveWorkspace.tenantId();
		if (clients.clientNameTaken(tenantId, valid.name(), id)) {
			throw new InvalidInputException("name", "client.name-taken");
		}
		if (valid.segmentId() != null
				&& segments.segments(true).stream().noneMatch(s -> s.id().equals(valid.segmentId()))) {
			throw new InvalidInputException("segment", "client.segment-unknown");
		}
		if (valid.ownerId() != null
				&& workspace.members().stream().noneMatch(m -> m.accountId().equals(valid.ownerId()))) {
			throw new InvalidInputException("owner", "client.owner-not-member");
		}
		return valid;
	}

	private ContactDraft checked(ContactDraft draft, UUID id) {
		var valid = draft.validated();
		if (clients.contactEmailTaken(ActiveWorkspace.tenantId(), valid.email(), id)) {
			throw new InvalidInputException("email", "contact.email-taken");
		}
		return valid;
	}

	private ClientAccount client(UUID id) {
		return clients.client(ActiveWorkspace.tenantId(), id).orElseThrow(() -> new NotFoundException("Client"));
	}

	private ClientContact contact(UUID id) {
		return clients.contact(ActiveWorkspace.tenantId(), id).orElseThrow(() -> new NotFoundException("Contact"));
	}

}
