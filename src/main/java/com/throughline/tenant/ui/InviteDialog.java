package com.throughline.tenant.ui;

import java.util.Map;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.RoleLabels;
import com.throughline.tenant.domain.InvitationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

/**
 * Invites a person by email with a role, then shows the one-time link to send them. The
 * link is shown only here, once.
 */
class InviteDialog extends Dialog {

	private final InvitationService invitations;

	private final Runnable onInvited;

	private final EmailField email = new EmailField();

	private final Select<Role> role = new Select<>();

	InviteDialog(InvitationService invitations, Runnable onInvited) {
		this.invitations = invitations;
		this.onInvited = onInvited;
		setHeaderTitle(getTranslation("invitation.invite"));
		email.setId("invite-email");
		email.setLabel(getTranslation("member.email"));
		email.setRequiredIndicatorVisible(true);
		email.setErrorMessage(getTranslation("validation.email"));
		role.setId("invite-role");
		role.setLabel(getTranslation("member.role"));
		role.setItems(Role.TEAM);
		role.setItemLabelGenerator(r -> RoleLabels.label(this, r));
		role.setValue(Role.EDITOR);
		add(new FormLayout(email, role));
		var send = new Button(getTranslation("invitation.create"), click -> invite());
		send.setId("invite-send");
		send.addThemeVariants(ButtonVariant.PRIMARY);
		send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), send);
		email.focus();
	}

	private void invite() {
		try {
			var issued = invitations.invite(email.getValue(), role.getValue());
			onInvited.run();
			removeAll();
			getFooter().removeAll();
			add(new InvitationLink(issued));
			getFooter().add(new Button(getTranslation("action.done"), click -> close()));
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("email", email, "role", role));
		}
	}

}
