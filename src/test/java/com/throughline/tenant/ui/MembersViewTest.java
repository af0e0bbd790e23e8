package com.throughline.tenant.ui;

import java.util.List;
import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.support.KaribuTest;
import com.throughline.tenant.domain.InvitationService;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.OpenInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static com.throughline.db.Tables.INVITATION;
import static com.throughline.db.Tables.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

class MembersViewTest extends KaribuTest {

	static final String NO_PENDING = "No pending invitations. Use \"Invite people\" to add your team.";

	@Autowired
	InvitationService invitations;

	UUID tenant;

	String admin;

	@BeforeEach
	void anAdminOfAFreshCompany() {
		tenant = fixtures.tenant("Harbor Freight");
		admin = fixtures.personIn(tenant, Role.ADMIN);
		signInAs(admin);
	}

	@Test
	void a_malformed_email_is_refused_next_to_the_field_and_nothing_is_stored() {
		navigate("members");
		_click(_get(Button.class, spec -> spec.withId("invite")));

		_setValue(emailField(), "not-an-email");
		_click(sendButton());

		assertThat(emailField().isInvalid()).isTrue();
		assertThat(emailField().getErrorMessage()).isEqualTo("Enter a valid email address");
		assertThat(storedInvitations()).isZero();
	}

	@Test
	void inviting_someone_already_a_member_is_refused_next_to_the_field() {
		String colleague = fixtures.personIn(tenant, Role.VIEWER);
		navigate("members");
		_click(_get(Button.class, spec -> spec.withId("invite")));

		_setValue(emailField(), colleague);
		_click(sendButton());

		assertThat(emailField().isInvalid()).isTrue();
		assertThat(emailField().getErrorMessage()).isEqualTo("This person is already a member.");
		assertThat(storedInvitations()).isZero();

		_setValue(emailField(), "still bad");
		assertThat(emailField().getErrorMessage()).isEqualTo("Enter a valid email address");
	}

	@Test
	void a_valid_invitation_shows_its_link_once_and_is_listed_as_pending() {
		String invitee = "invitee-" + UUID.randomUUID() + "@example.test";
		navigate("members");
		_assertOne(Paragraph.class, spec -> spec.withText(NO_PENDING));
		_click(_get(Button.class, spec -> spec.withId("invite")));

		_setValue(emailField(), invitee);
		_click(sendButton());

		assertThat(_get(TextField.class, spec -> spec.withId("invitation-link")).getValue()).contains("/invitation/");
		_assertNone(Paragraph.class, spec -> spec.withText(NO_PENDING));
		assertThat(shownIn(pendingGrid(), "Email")).containsExactly(invitee);
		assertThat(shownIn(pendingGrid(), "Role")).containsExactly("Editor");
		var stored = fixtures.owner().selectFrom(INVITATION).where(INVITATION.TENANT_ID.eq(tenant)).fetchSingle();
		assertThat(stored.getEmail()).isEqualTo(invitee);
		assertThat(stored.getRole()).isEqualTo(Role.EDITOR);
	}

	@Test
	void a_pending_invitation_revoked_after_confirming_disappears() {
		String invitee = "revoked-" + UUID.randomUUID() + "@example.test";
		var issued = invitations.invite(invitee, Role.VIEWER);
		navigate("members");
		assertThat(shownIn(pendingGrid(), "Email")).containsExactly(invitee);

		_click(cell(pendingGrid(), invitation -> invitation.email().equals(invitee),
				pendingGrid().getColumns().getLast(), Button.class));
		var confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Revoke the invitation of " + invitee + "?");
		_fireConfirm(confirm);

		expectNotifications("The invitation of " + invitee + " is revoked");
		_assertNone(Grid.class, spec -> spec.withId("pending-invitations"));
		_assertOne(Paragraph.class, spec -> spec.withText(NO_PENDING));
		assertThat(fixtures.owner()
			.select(INVITATION.REVOKED_AT)
			.from(INVITATION)
			.where(INVITATION.ID.eq(issued.id()))
			.fetchSingle()
			.value1()).isNotNull();
	}

	@Test
	void demoting_the_only_admin_is_refused_and_the_role_goes_back_to_admin() {
		fixtures.personIn(tenant, Role.EDITOR);
		navigate("members");

		Select<Role> role = roleOf(admin);
		_setValue(role, Role.VIEWER);

		expectNotifications("A company needs at least one admin. Make someone else an admin first.");
		assertThat(role.getValue()).isEqualTo(Role.ADMIN);
		assertThat(role.getItemLabelGenerator().apply(role.getValue())).isEqualTo("Admin");
		assertThat(storedRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
	}

	@Test
	void another_member_removed_after_confirming_leaves_the_grid() {
		String editor = fixtures.personIn(tenant, Role.EDITOR);
		navigate("members");
		assertThat(shownIn(membersGrid(), "Email")).containsExactlyInAnyOrder(admin, editor);
		assertThat(removeButtonOf(admin).isEnabled()).as("an admin cannot remove themselves").isFalse();

		_click(removeButtonOf(editor));
		var confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Remove editor of " + tenant + "?");
		_fireConfirm(confirm);

		expectNotifications("editor of " + tenant + " was removed");
		assertThat(shownIn(membersGrid(), "Email")).containsExactly(admin);
		assertThat(storedRoles()).containsExactly(Role.ADMIN);
	}

	private EmailField emailField() {
		return _get(EmailField.class, spec -> spec.withId("invite-email"));
	}

	private Button sendButton() {
		return _get(Button.class, spec -> spec.withId("invite-send"));
	}

	@SuppressWarnings("unchecked")
	private Grid<OpenInvitation> pendingGrid() {
		return _get(Grid.class, spec -> spec.withId("pending-invitations"));
	}

	@SuppressWarnings("unchecked")
	private Grid<Member> membersGrid() {
		return _get(Grid.class, spec -> spec.withId("members"));
	}

	@SuppressWarnings("unchecked")
	private Select<Role> roleOf(String email) {
		return cell(membersGrid(), member -> member.email().equals(email), _getColumnByHeader(membersGrid(), "Role"),
				Select.class);
	}

	private Button removeButtonOf(String email) {
		return cell(membersGrid(), member -> member.email().equals(email), membersGrid().getColumns().getLast(),
				Button.class);
	}

	private int storedInvitations() {
		return fixtures.owner().fetchCount(INVITATION, INVITATION.TENANT_ID.eq(tenant));
	}

	private List<Role> storedRoles() {
		return fixtures.owner()
			.select(MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.where(MEMBERSHIP.TENANT_ID.eq(tenant))
			.fetch(MEMBERSHIP.ROLE);
	}

}
