package com.throughline.sharing.ui;

import java.util.UUID;

import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.ClientContact;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ClientsViewTest extends KaribuTest {

	@Test
	void the_team_sees_each_clients_segment_contract_value_and_owner() {
		signInAs("vera@lumen.test");
		navigate("clients");

		var grid = clientsGrid();
		assertThat(shownIn(grid, "Client")).contains("Contoso Manufacturing", "Northwind Logistics");
		assertThat(shownIn(grid, "Account owner")).contains("Ada Okafor");
		assertThat(shownIn(grid, "Annual contract value")).contains("$180,000.00");
		_assertNone(Button.class, spec -> spec.withId("create-client"));
	}

	@Test
	void an_editor_adds_a_client_and_a_taken_name_is_refused_next_to_the_field() {
		signInAs("eli@lumen.test");
		navigate("clients");
		String name = "Fabrikam " + UUID.randomUUID();

		_click(_get(Button.class, spec -> spec.withId("create-client")));
		_setValue(_get(TextField.class, spec -> spec.withId("client-name")), name);
		_setValue(_get(BigDecimalField.class, spec -> spec.withId("client-acv")), new java.math.BigDecimal("42000"));
		_click(_get(Button.class, spec -> spec.withId("save-client")));
		assertThat(shownIn(clientsGrid(), "Client")).contains(name);

		_click(_get(Button.class, spec -> spec.withId("create-client")));
		var nameField = _get(TextField.class, spec -> spec.withId("client-name"));
		_setValue(nameField, "northwind logistics");
		_click(_get(Button.class, spec -> spec.withId("save-client")));
		assertThat(nameField.isInvalid()).isTrue();
		assertThat(nameField.getErrorMessage()).isEqualTo("Another client already has this name.");
	}

	@Test
	void the_contacts_dialog_shows_who_can_sign_in_and_invites_a_contact_with_a_link_shown_once() {
		signInAs("eli@lumen.test");
		navigate("clients");
		String client = "Tailspin " + UUID.randomUUID();
		_click(_get(Button.class, spec -> spec.withId("create-client")));
		_setValue(_get(TextField.class, spec -> spec.withId("client-name")), client);
		_click(_get(Button.class, spec -> spec.withId("save-client")));
		openContactsOf(client);

		_setValue(_get(TextField.class, spec -> spec.withId("contact-name")), "Bea Buyer");
		_setValue(_get(EmailField.class, spec -> spec.withId("contact-email")), "bea-" + UUID.randomUUID() + "@t.test");
		@SuppressWarnings("unchecked")
		Select<com.throughline.sharing.domain.Persona> persona = _get(Select.class,
				spec -> spec.withId("contact-persona"));
		_setValue(persona, com.throughline.sharing.domain.Persona.BUYER);
		_click(_get(Button.class, spec -> spec.withId("save-contact")));
		var contacts = contactsGrid();
		assertThat(shownIn(contacts, "Persona")).containsExactly("Buyer");
		assertThat(shownIn(contacts, "Sign-in")).containsExactly("Not invited");

		var invite = cell(contacts, c -> c.name().equals("Bea Buyer"), contacts.getColumns().getLast(),
				com.vaadin.flow.component.orderedlayout.HorizontalLayout.class);
		_click(_get(invite, Button.class, spec -> spec.withText("Invite to sign in")));

		assertThat(_get(TextField.class, spec -> spec.withId("invitation-link")).getValue()).contains("/invitation/");
		assertThat(shownIn(contactsGrid(), "Sign-in")).singleElement().asString().startsWith("Invited, until");
	}

	@Test
	void the_demo_clients_contacts_show_their_sign_in() {
		signInAs("ada@lumen.test");
		navigate("clients");
		openContactsOf("Contoso Manufacturing");

		var contacts = contactsGrid();
		assertThat(shownIn(contacts, "Name")).containsExactly("Hannah Brooks", "Tom Ito");
		assertThat(shownIn(contacts, "Sign-in")).containsExactly("Has an account", "Not invited");
	}

	@Test
	void removing_a_client_with_shares_asks_first_and_is_refused() {
		signInAs("eli@lumen.test");
		navigate("clients");
		var grid = clientsGrid();
		var actions = cell(grid, c -> c.name().equals("Northwind Logistics"), grid.getColumns().getLast(),
				com.vaadin.flow.component.orderedlayout.HorizontalLayout.class);

		_click(_get(actions, Button.class, spec -> spec.withText("Remove")));
		var confirm = _get(ConfirmDialog.class);
		com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);

		assertThat(shownIn(clientsGrid(), "Client")).contains("Northwind Logistics");
	}

	private void openContactsOf(String clientName) {
		var grid = clientsGrid();
		var actions = cell(grid, c -> c.name().equals(clientName), grid.getColumns().getLast(),
				com.vaadin.flow.component.orderedlayout.HorizontalLayout.class);
		_click(_get(actions, Button.class, spec -> spec.withText("Contacts")));
	}

	@SuppressWarnings("unchecked")
	private static Grid<ClientAccount> clientsGrid() {
		return _get(Grid.class, spec -> spec.withId("clients"));
	}

	@SuppressWarnings("unchecked")
	private static Grid<ClientContact> contactsGrid() {
		return _get(Grid.class, spec -> spec.withId("contacts"));
	}

}
