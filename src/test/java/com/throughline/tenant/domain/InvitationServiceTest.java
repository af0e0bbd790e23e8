package com.throughline.tenant.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.throughline.account.domain.SignInService;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;
import com.throughline.platform.security.TenantStatus;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.INVITATION;
import static com.throughline.db.Tables.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class InvitationServiceTest {

	static final String GOOD_PASSWORD = "correct horse battery";

	@Autowired
	InvitationService invitations;

	@Autowired
	SignInService accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	@BeforeEach
	void anAdminOfACompany() {
		tenant = fixtures.tenant("Invite Co");
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void only_the_sha256_of_the_token_is_stored() {
		var issued = invitations.invite("New.Person@Example.test", Role.EDITOR);

		var stored = fixtures.owner().selectFrom(INVITATION).where(INVITATION.ID.eq(issued.id())).fetchSingle();
		assertThat(issued.token()).hasSize(43);
		assertThat(stored.getTokenHash()).isEqualTo(SecretTokens.hash(issued.token())).isNotEqualTo(issued.token());
		assertThat(stored.intoList()).noneMatch(value -> String.valueOf(value).contains(issued.token()));
		assertThat(stored.getEmail()).isEqualTo("new.person@example.test");
		assertThat(stored.getExpiresAt()).isAfter(OffsetDateTime.now().plusDays(6));
	}

	@Test
	void a_new_person_accepts_once_and_becomes_a_member_with_the_invited_role() {
		var issued = invitations.invite("newbie@example.test", Role.EDITOR);
		SignIn.signOut();

		var account = invitations.acceptWithNewAccount(issued.token(), "New Bie", GOOD_PASSWORD);

		var person = accounts.loadUserByUsername("newbie@example.test");
		assertThat(person.id()).isEqualTo(account);
		assertThat(person.activeWorkspace().orElseThrow().role()).isEqualTo(Role.EDITOR);
		assertThat(invitations.lookup(issued.token())).isEmpty();
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(issued.token(), "Again", GOOD_PASSWORD))
			.isInstanceOf(InvitationUnavailableException.class);
	}

	@Test
	void an_expired_invitation_cannot_be_used() {
		var issued = invitations.invite("late@example.test", Role.VIEWER);
		fixtures.owner()
			.update(INVITATION)
			.set(INVITATION.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
			.where(INVITATION.ID.eq(issued.id()))
			.execute();
		SignIn.signOut();

		assertThat(invitations.lookup(issued.token())).isEmpty();
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(issued.token(), "Late", GOOD_PASSWORD))
			.isInstanceOf(InvitationUnavailableException.class);
		assertThat(accountExists("late@example.test")).isFalse();
	}

	@Test
	void a_revoked_invitation_cannot_be_used() {
		var issued = invitations.invite("revoked@example.test", Role.VIEWER);
		invitations.revoke(issued.id());
		SignIn.signOut();

		assertThat(invitations.lookup(issued.token())).isEmpty();
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(issued.token(), "Rev", GOOD_PASSWORD))
			.isInstanceOf(InvitationUnavailableException.class);
	}

	@Test
	void an_invitation_into_a_suspended_company_cannot_be_used() {
		var issued = invitations.invite("paused@example.test", Role.VIEWER);
		fixtures.setStatus(tenant, TenantStatus.SUSPENDED);
		SignIn.signOut();

		assertThat(invitations.lookup(issued.token())).isEmpty();
	}

	@Test
	void guessed_and_malformed_tokens_find_nothing() {
		assertThat(invitations.lookup("not-a-token")).isEmpty();
		assertThat(invitations.lookup(SecretTokens.newToken())).isEmpty();
		assertThat(invitations.lookup("")).isEmpty();
	}

	@Test
	void a_malformed_email_or_an_existing_member_is_refused_and_nothing_is_stored() {
		int before = invitationCount();
		String member = fixtures.personIn(tenant, Role.VIEWER);

		assertThatThrownBy(() -> invitations.invite("not an email", Role.EDITOR))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("email"));
		assertThatThrownBy(() -> invitations.invite(member.toUpperCase(), Role.EDITOR)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("invitation.already-member"));
		assertThat(invitationCount()).isEqualTo(before);
	}

	@Test
	void a_weak_password_is_refused_and_no_account_is_created() {
		var issued = invitations.invite("weak@example.test", Role.VIEWER);
		SignIn.signOut();

		assertThatThrownBy(() -> invitations.acceptWithNewAccount(issued.token(), "Weak", "short"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("password"));
		assertThatThrownBy(() -> invitations.acceptWithNewAccount(issued.token(), "Weak", "weak@example.test-123"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("password.contains-email"));
		assertThat(accountExists("weak@example.test")).isFalse();
		assertThat(invitations.lookup(issued.token())).isPresent();
	}

	@Test
	void an_existing_account_joins_after_signing_in_as_the_invited_email_only() {
		var otherCompany = fixtures.tenant("Elsewhere");
		String invitee = fixtures.personIn(otherCompany, Role.ADMIN);
		String stranger = fixtures.personIn(otherCompany, Role.VIEWER);
		var issued = invitations.invite(invitee, Role.VIEWER);

		signIn.as(stranger);
		assertThatThrownBy(() -> invitations.acceptAsSignedIn(issued.token()))
			.isInstanceOf(InvitationUnavailableException.class);

		signIn.as(invitee);
		invitations.acceptAsSignedIn(issued.token());
		assertThat(accounts.loadUserByUsername(invitee).workspaces()).extracting(w -> w.tenantId())
			.contains(tenant, otherCompany);
	}

	@Test
	void re_inviting_replaces_the_open_invitation() {
		var first = invitations.invite("twice@example.test", Role.VIEWER);
		var second = invitations.invite("twice@example.test", Role.EDITOR);

		assertThat(invitations.open()).extracting(OpenInvitation::id).contains(second.id()).doesNotContain(first.id());
		SignIn.signOut();
		assertThat(invitations.lookup(first.token())).isEmpty();
	}

	@Test
	void editors_cannot_invite_or_see_invitations() {
		signIn.as(fixtures.personIn(tenant, Role.EDITOR));

		assertThatThrownBy(() -> invitations.invite("x@example.test", Role.ADMIN))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> invitations.open()).isInstanceOf(AccessDeniedException.class);
	}

	private int invitationCount() {
		return fixtures.owner().fetchCount(INVITATION, INVITATION.TENANT_ID.eq(tenant));
	}

	private boolean accountExists(String email) {
		return fixtures.owner().fetchExists(APP_USER, APP_USER.EMAIL.eq(email)) || fixtures.owner()
			.fetchExists(MEMBERSHIP.join(APP_USER).on(APP_USER.ID.eq(MEMBERSHIP.USER_ID)), APP_USER.EMAIL.eq(email));
	}

}
