package com.throughline.tenant.ui;

import java.util.Map;

import com.throughline.account.domain.PasswordPolicy;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.RoleLabels;
import com.throughline.tenant.domain.InvitationDetails;
import com.throughline.tenant.domain.InvitationService;
import com.throughline.tenant.domain.InvitationUnavailableException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Where an invitation link lands. A new person sets their name and password; a person who
 * already has an account signs in as it and joins. Unknown, used, revoked and expired
 * links all get the same neutral page.
 */
@Route("invitation/:token")
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final InvitationService invitations;

	private final AuthenticationContext authentication;

	private String token = "";

	public InvitationView(InvitationService invitations, AuthenticationContext authentication) {
		this.invitations = invitations;
		this.authentication = authentication;
		addClassName("login-view");
		setId("invitation");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		token = event.getRouteParameters().get("token").orElse("");
		removeAll();
		invitations.lookup(token).ifPresentOrElse(this::showInvitation, this::showUnavailable);
	}

	private void showInvitation(InvitationDetails invitation) {
		add(new H2(getTranslation("invitation.join", invitation.tenantName())), new Paragraph(
				getTranslation("invitation.for", invitation.email(), RoleLabels.label(this, invitation.role()))));
		var person = SignedInPerson.current();
		if (person.isPresent() && person.get().email().equalsIgnoreCase(invitation.email())) {
			var join = new Button(getTranslation("invitation.accept"), click -> joinAsSignedIn());
			join.setId("accept-invitation");
			join.addThemeVariants(ButtonVariant.PRIMARY);
			add(join);
		}
		else if (person.isPresent()) {
			add(new Paragraph(getTranslation("invitation.other-account", invitation.email())),
					new Button(getTranslation("menu.sign-out"), click -> authentication.logout()));
		}
		else if (invitation.accountExists()) {
			add(new Paragraph(getTranslation("invitation.sign-in-first", invitation.email())),
					new Anchor("login", getTranslation("login.submit")));
		}
		else {
			add(newAccountForm());
		}
	}

	private FormLayout newAccountForm() {
		var name = new TextField(getTranslation("profile.display-name"));
		name.setId("display-name");
		name.setRequiredIndicatorVisible(true);
		name.setMaxLength(InvitationService.DISPLAY_NAME_MAX_LENGTH);
		var password = new PasswordField(getTranslation("login.password"));
		password.setId("new-password");
		password.setRequiredIndicatorVisible(true);
		password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
		var create = new Button(getTranslation("invitation.create-account"), click -> {
			try {
				invitations.acceptWithNewAccount(token, name.getValue(), password.getValue());
				removeAll();
				add(new H2(getTranslation("invitation.welcome")),
						new Paragraph(getTranslation("invitation.sign-in-now")),
						new Anchor("login", getTranslation("login.submit")));
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex, Map.of("displayName", name, "password", password));
			}
			catch (InvitationUnavailableException ex) {
				removeAll();
				showUnavailable();
			}
		});
		create.setId("create-account");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.addClickShortcut(Key.ENTER);
		var form = new FormLayout(name, password, create);
		form.setMaxWidth("28rem");
		return form;
	}

	private void joinAsSignedIn() {
		try {
			invitations.acceptAsSignedIn(token);
			// Roles come from the session's principal: sign in again to receive the new
			// membership.
			removeAll();
			add(new H2(getTranslation("invitation.welcome")), new Paragraph(getTranslation("invitation.joined")),
					new Button(getTranslation("invitation.sign-in-again"), click -> authentication.logout()));
		}
		catch (InvitationUnavailableException ex) {
			removeAll();
			showUnavailable();
		}
	}

	private void showUnavailable() {
		add(new H2(getTranslation("invitation.unavailable.title")),
				new Paragraph(getTranslation("invitation.unavailable.message")),
				new Anchor("login", getTranslation("login.submit")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("invitation.title");
	}

}
