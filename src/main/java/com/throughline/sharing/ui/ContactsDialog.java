package com.throughline.sharing.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Permissions;
import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.ClientContact;
import com.throughline.sharing.domain.ContactDraft;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.sharing.domain.Persona;
import com.throughline.tenant.ui.InvitationLink;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * The people at one key client: each a buyer or a user, invited to sign in, edited or
 * removed. A signed-in contact sees only this client's shares, in their persona.
 */
class ContactsDialog extends Dialog {

	private final KeyClientService clients;

	private final ClientAccount client;

	private final Grid<ClientContact> grid = new Grid<>();

	private final TextField name = new TextField(getTranslation("contact.name"));

	private final EmailField email = new EmailField(getTranslation("contact.email"));

	private final Select<Persona> persona = new Select<>();

	private final Button save = new Button();

	private @Nullable ClientContact editing;

	ContactsDialog(KeyClientService clients, ClientAccount client) {
		this.clients = clients;
		this.client = client;
		setHeaderTitle(getTranslation("contact.dialog-title", client.name()));
		setWidth("52rem");
		configureGrid();
		add(grid);
		if (Permissions.canEdit()) {
			add(new H3(getTranslation("contact.add")), form());
		}
		getFooter().add(new Button(getTranslation("action.done"), click -> close()));
		refresh();
	}

	private void configureGrid() {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		grid.setId("contacts");
		grid.addColumn(ClientContact::name).setHeader(getTranslation("contact.name"));
		grid.addColumn(ClientContact::email).setHeader(getTranslation("contact.email")).setFlexGrow(2);
		grid.addColumn(c -> personaLabel(c.persona())).setHeader(getTranslation("contact.persona"));
		grid.addColumn(c -> c.signedUp() ? getTranslation("contact.signed-up")
				: c.invited() ? getTranslation("contact.invited", dates.format(c.invitationExpiresAt()))
						: getTranslation("contact.not-invited"))
			.setHeader(getTranslation("contact.sign-in"));
		if (Permissions.canEdit()) {
			grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
		}
		grid.setEmptyStateText(getTranslation("contact.empty"));
	}

	private String personaLabel(Persona value) {
		return getTranslation(value == Persona.BUYER ? "contact.persona.buyer" : "contact.persona.user");
	}

	private FormLayout form() {
		name.setId("contact-name");
		name.setMaxLength(200);
		name.setRequiredIndicatorVisible(true);
		email.setId("contact-email");
		email.setRequiredIndicatorVisible(true);
		persona.setId("contact-persona");
		persona.setLabel(getTranslation("contact.persona"));
		persona.setItems(Persona.values());
		persona.setItemLabelGenerator(this::personaLabel);
		persona.setValue(Persona.USER);
		save.setId("save-contact");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickListener(click -> save());
		save.addClickShortcut(Key.ENTER);
		startNew();
		return new FormLayout(name, email, persona, save);
	}

	private HorizontalLayout actions(ClientContact contact) {
		var invite = new Button(getTranslation(contact.invited() ? "contact.invite-again" : "contact.invite"),
				click -> invite(contact));
		invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		invite.addClassName("contact-invite");
		invite.setVisible(!contact.signedUp());
		var edit = new Button(getTranslation("action.edit"), click -> startEditing(contact));
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		var remove = new Button(getTranslation("action.remove"), click -> Feedback.confirm(this, "contact.remove.title",
				"contact.remove.message", "action.remove", () -> remove(contact), contact.name(), client.name()));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		remove.addClassName("contact-remove");
		return new HorizontalLayout(invite, edit, remove);
	}

	private void invite(ClientContact contact) {
		try {
			var issued = clients.invite(contact.id());
			refresh();
			var shown = new Dialog(getTranslation("contact.invite"));
			shown.add(new InvitationLink(issued));
			shown.getFooter().add(new Button(getTranslation("action.done"), click -> shown.close()));
			shown.open();
		}
		catch (InvalidInputException ex) {
			Feedback.problem(this, ex.messageKey());
		}
	}

	private void save() {
		var draft = new ContactDraft(name.getValue(), email.getValue(), persona.getValue());
		try {
			if (editing == null) {
				clients.addContact(client.id(), draft);
			}
			else {
				clients.updateContact(editing.id(), draft, editing.version());
			}
			startNew();
			refresh();
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("name", name, "email", email, "persona", persona));
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			startNew();
			refresh();
		}
	}

	private void startEditing(ClientContact contact) {
		editing = contact;
		name.setValue(contact.name());
		email.setValue(contact.email());
		email.setReadOnly(contact.signedUp());
		persona.setValue(contact.persona());
		save.setText(getTranslation("action.save"));
		name.focus();
	}

	private void startNew() {
		editing = null;
		name.clear();
		email.clear();
		email.setReadOnly(false);
		save.setText(getTranslation("contact.add"));
	}

	private void remove(ClientContact contact) {
		clients.removeContact(contact.id());
		Feedback.success(this, "contact.removed", contact.name());
		if (editing != null && editing.id().equals(contact.id())) {
			startNew();
		}
		refresh();
	}

	private void refresh() {
		GridRows.show(grid, clients.contacts(client.id()));
	}

}
