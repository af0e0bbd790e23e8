package com.throughline.tenant.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.throughline.account.domain.PasswordPolicy;
import com.throughline.platform.EmailAddresses;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;
import com.throughline.platform.security.SignedInPerson;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations into the active workspace: one-time links that expire after seven days and
 * can be revoked. Only the token's SHA-256 hash is stored.
 */
@Service
public class InvitationService {

	public static final Duration VALIDITY = Duration.ofDays(7);

	public static final int DISPLAY_NAME_MAX_LENGTH = 200;

	private final InvitationRepository invitations;

	private final MembershipRepository memberships;

	private final AuditLog audit;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final WorkspaceRepository workspaces;

	private final InvitationMailer mailer;

	InvitationService(InvitationRepository invitations, MembershipRepository memberships, AuditLog audit,
			PasswordEncoder passwords, Clock clock, WorkspaceRepository workspaces, InvitationMailer mailer) {
		this.workspaces = workspaces;
		this.mailer = mailer;
		this.invitations = invitations;
		this.memberships = memberships;
		this.audit = audit;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Invites a person by email with a role; an open invitation to the same address is
	 * replaced.
	 * @throws InvalidInputException for a malformed email or someone already a member
	 */
	@RolesAllowed("ADMIN")
	@Transactional
	public IssuedInvitation invite(String email, @Nullable Role role) {
		String address = EmailAddresses.normalize(email);
		if (!EmailAddresses.valid(address)) {
			throw new InvalidInputException("email", "validation.email");
		}
		if (role == null || role.client()) {
			throw new InvalidInputException("role", "validation.required");
		}
		UUID tenantId = ActiveWorkspace.tenantId();
		if (memberships.isMember(tenantId, address)) {
			throw new InvalidInputException("email", "invitation.already-member");
		}
		invitations.revokeOpenFor(tenantId, address);
		return issue(tenantId, address, role, null);
	}

	/**
	 * Invites a key client's contact to sign in. Accepting links the contact to the
	 * account, which then sees nothing of the company but that client's shares, in the
	 * contact's persona. An open invitation of the same contact is replaced.
	 * @throws InvalidInputException for a malformed email or a member of the team
	 */
	@RolesAllowed("EDITOR")
	@Transactional
	public IssuedInvitation inviteClientContact(UUID contactId, String email, Role clientRole) {
		String address = EmailAddresses.normalize(email);
		if (!EmailAddresses.valid(address)) {
			throw new InvalidInputException("email", "validation.email");
		}
		if (!clientRole.client()) {
			throw new InvalidInputException("persona", "validation.required");
		}
		UUID tenantId = ActiveWorkspace.tenantId();
		if (memberships.isMember(tenantId, address)) {
			throw new InvalidInputException("email", "contact.is-member");
		}
		invitations.revokeOpenForContact(tenantId, contactId);
		return issue(tenantId, address, clientRole, contactId);
	}

	/** Withdraws a contact's open invitation, for example when the contact is removed. */
	@RolesAllowed("EDITOR")
	@Transactional
	public void revokeForContact(UUID contactId) {
		invitations.revokeOpenForContact(ActiveWorkspace.tenantId(), contactId);
	}

	/** Per client contact with an open invitation, when it expires. */
	@RolesAllowed("VIEWER")
	@Transactional(readOnly = true)
	public Map<UUID, OffsetDateTime> openForContacts() {
		return invitations.openForContacts(ActiveWorkspace.tenantId());
	}

	private IssuedInvitation issue(UUID tenantId, String address, Role role, @Nullable UUID contactId) {
		var issued = IssuedInvitation.issue(address, role, clock);
		invitations.insert(tenantId, issued.id(), address, role, SecretTokens.hash(issued.token()),
				SignedInPerson.current().orElseThrow().id(), issued.expiresAt(), contactId);
		audit.record("invitation.created", address, role.name());
		workspaces.find(tenantId)
			.ifPresent(company -> mailer.sendWhenCommitted(issued, company.name(),
					Locale.forLanguageTag(company.defaultLocale())));
		return issued;
	}

	@RolesAllowed("ADMIN")
	@Transactional(readOnly = true)
	public List<OpenInvitation> open() {
		return invitations.open(ActiveWorkspace.tenantId());
	}

	@RolesAllowed("ADMIN")
	@Transactional
	public void revoke(UUID invitationId) {
		UUID tenantId = ActiveWorkspace.tenantId();
		String email = invitations.openEmail(tenantId, invitationId)
			.orElseThrow(() -> new NotFoundException("Invitation"));
		invitations.revoke(tenantId, invitationId);
		audit.record("invitation.revoked", email, null);
	}

	/**
	 * The invitation behind a link, if it can still be accepted. Anyone holding the link
	 * may ask.
	 */
	@PermitAll
	@Transactional(readOnly = true)
	public Optional<InvitationDetails> lookup(String token) {
		if (!SecretTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return invitations.openByTokenHash(SecretTokens.hash(token));
	}

	/**
	 * Creates the invitee's account and membership.
	 * @throws InvalidInputException for a missing name or a weak password
	 * @throws InvitationUnavailableException when the link can no longer be used
	 */
	@PermitAll
	@Transactional
	public UUID acceptWithNewAccount(String token, String displayName, String password) {
		var details = lookup(token).orElseThrow(InvitationUnavailableException::new);
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("displayName", "validation.required");
		}
		if (name.length() > DISPLAY_NAME_MAX_LENGTH) {
			throw new InvalidInputException("displayName", "validation.too-long");
		}
		PasswordPolicy.problemWith(password, details.email()).ifPresent(problem -> {
			throw new InvalidInputException("password", problem);
		});
		UUID account = invitations.accept(SecretTokens.hash(token), UUID.randomUUID(), name,
				passwords.encode(password));
		if (account == null) {
			throw new InvitationUnavailableException();
		}
		return account;
	}

	/**
	 * Joins the invitation's company with the signed-in account, whose email must be the
	 * invited one.
	 * @throws InvitationUnavailableException otherwise
	 */
	@PermitAll
	@Transactional
	public UUID acceptAsSignedIn(String token) {
		if (SignedInPerson.current().isEmpty() || !SecretTokens.wellFormed(token)) {
			throw new InvitationUnavailableException();
		}
		UUID account = invitations.accept(SecretTokens.hash(token), UUID.randomUUID(), null, null);
		if (account == null) {
			throw new InvitationUnavailableException();
		}
		return account;
	}

}
