package com.throughline.tenant.ui;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.RoleLabels;
import com.throughline.tenant.domain.InvitationService;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.MembershipService;
import com.throughline.tenant.domain.OpenInvitation;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The tenant admin's team page: members and their roles, invitations, removals. */
@Route(value = "members", layout = MainLayout.class)
@Menu(title = "nav.members", order = 50, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

	private final WorkspaceService workspace;

	private final MembershipService memberships;

	private final InvitationService invitations;

	private final Grid<Member> members = new Grid<>();

	private final Grid<OpenInvitation> pending = new Grid<>();

	private final Paragraph noPending = new Paragraph();

	private final DateTimeFormatter dates;

	public MembersView(WorkspaceService workspace, MembershipService memberships, InvitationService invitations) {
		this.workspace = workspace;
		this.memberships = memberships;
		this.invitations = invitations;
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		addClassName("page");
		var invite = new Button(getTranslation("invitation.invite"), VaadinIcon.PLUS.create(),
				click -> new InviteDialog(invitations, this::refresh).open());
		invite.setId("invite");
		invite.addThemeVariants(ButtonVariant.PRIMARY);
		var header = new HorizontalLayout(new H2(getTranslation("nav.members")), invite);
		header.setAlignItems(Alignment.BASELINE);
		configureMembers();
		configurePending();
		noPending.setText(getTranslation("invitation.none-pending"));
		add(header, members, new H3(getTranslation("invitation.pending")), noPending, pending);
		refresh();
	}

	private void configureMembers() {
		members.setId("members");
		members.addColumn(Member::displayName).setHeader(getTranslation("member.name")).setSortable(true);
		members.addColumn(Member::email).setHeader(getTranslation("member.email")).setSortable(true);
		members.addComponentColumn(this::roleSelect).setHeader(getTranslation("member.role"));
		members.addColumn(member -> dates.format(member.joinedAt())).setHeader(getTranslation("member.joined"));
		members.addComponentColumn(this::removeButton).setFlexGrow(0).setAutoWidth(true);
	}

	private Select<Role> roleSelect(Member member) {
		var select = new Select<Role>();
		select.setItems(Role.TEAM);
		select.setItemLabelGenerator(role -> RoleLabels.label(this, role));
		select.setValue(member.role());
		select.setAriaLabel(getTranslation("member.role-of", member.displayName()));
		select.addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				changeRole(member, change.getValue(), select);
			}
		});
		return select;
	}

	private void changeRole(Member member, Role role, Select<Role> select) {
		try {
			memberships.changeRole(member.accountId(), role);
			Feedback.success(this, "member.role-changed", member.displayName(), RoleLabels.label(this, role));
			refresh();
		}
		catch (InvalidInputException ex) {
			select.setValue(member.role());
			Feedback.problem(this, ex.messageKey());
		}
	}

	private Button removeButton(Member member) {
		var remove = new Button(VaadinIcon.TRASH.create(), click -> Feedback.confirm(this, "member.remove.title",
				"member.remove.message", "member.remove", () -> remove(member), member.displayName()));
		remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
		remove.setAriaLabel(getTranslation("member.remove.title", member.displayName()));
		boolean self = SignedInPerson.current().map(p -> p.id().equals(member.accountId())).orElse(false);
		remove.setEnabled(!self);
		return remove;
	}

	private void remove(Member member) {
		try {
			memberships.remove(member.accountId());
			Feedback.success(this, "member.removed", member.displayName());
			refresh();
		}
		catch (InvalidInputException ex) {
			Feedback.problem(this, ex.messageKey());
		}
	}

	private void configurePending() {
		pending.setId("pending-invitations");
		pending.addColumn(OpenInvitation::email).setHeader(getTranslation("member.email"));
		pending.addColumn(invitation -> RoleLabels.label(this, invitation.role()))
			.setHeader(getTranslation("member.role"));
		pending.addColumn(this::expiry).setHeader(getTranslation("invitation.expires"));
		pending.addComponentColumn(invitation -> {
			var revoke = new Button(getTranslation("invitation.revoke"),
					click -> Feedback.confirm(this, "invitation.revoke.title", "invitation.revoke.message",
							"invitation.revoke", () -> revoke(invitation), invitation.email()));
			revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
			return revoke;
		}).setFlexGrow(0).setAutoWidth(true);
	}

	private String expiry(OpenInvitation invitation) {
		return invitation.expired(OffsetDateTime.now()) ? getTranslation("invitation.expired")
				: dates.format(invitation.expiresAt());
	}

	private void revoke(OpenInvitation invitation) {
		invitations.revoke(invitation.id());
		Feedback.success(this, "invitation.revoked", invitation.email());
		refresh();
	}

	private void refresh() {
		GridRows.show(members, workspace.members());
		var open = invitations.open();
		GridRows.show(pending, open);
		pending.setVisible(!open.isEmpty());
		noPending.setVisible(open.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.members");
	}

}
