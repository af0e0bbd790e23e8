package com.throughline.sharing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import com.throughline.tenant.domain.InvitationService;
import com.throughline.tenant.domain.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Key clients and their contacts, as the team keeps them. */
@SpringBootTest
class KeyClientServiceTest {

	@Autowired
	KeyClientService clients;

	@Autowired
	SharingService sharing;

	@Autowired
	StrategyService strategy;

	@Autowired
	InvitationService invitations;

	@Autowired
	WorkspaceService workspace;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	String editorEmail;

	@BeforeEach
	void anEditorSignedIn() {
		tenant = fixtures.tenant("Client Co");
		editorEmail = fixtures.personIn(tenant, Role.EDITOR);
		signIn.as(editorEmail);
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void a_client_keeps_its_contract_value_and_owner_and_a_stale_edit_is_refused() {
		UUID owner = workspace.members().getFirst().accountId();
		var created = clients.createClient(new ClientDraft("  Northwind  ", null, new BigDecimal("180000.50"), owner));

		assertThat(created.name()).isEqualTo("Northwind");
		assertThat(created.ownerId()).isEqualTo(owner);
		var edited = clients.updateClient(created.id(), new ClientDraft("Northwind Logistics", null, null, null),
				created.version());
		assertThat(edited.name()).isEqualTo("Northwind Logistics");
		assertThat(edited.annualContractValue()).isNull();
		assertThatThrownBy(() -> clients.updateClient(created.id(), new ClientDraft("Overwritten", null, null, null),
				created.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(clients.clients()).extracting(ClientAccount::name).containsExactly("Northwind Logistics");
	}

	@Test
	void bad_client_input_is_refused_with_the_field_named_and_nothing_stored() {
		clients.createClient(new ClientDraft("Northwind", null, null, null));
		UUID stranger = fixtures.account("Not a member");
		UUID foreignSegment = UUID.randomUUID();

		assertRefused(() -> clients.createClient(new ClientDraft("NORTHWIND", null, null, null)), "name");
		assertRefused(() -> clients.createClient(new ClientDraft(" ", null, null, null)), "name");
		assertRefused(() -> clients.createClient(new ClientDraft("A", null, new BigDecimal("-1"), null)),
				"annualContractValue");
		assertRefused(() -> clients.createClient(new ClientDraft("B", null, new BigDecimal("1.234"), null)),
				"annualContractValue");
		assertRefused(() -> clients.createClient(new ClientDraft("C", null, null, stranger)), "owner");
		assertRefused(() -> clients.createClient(new ClientDraft("D", foreignSegment, null, null)), "segment");
		assertThat(fixtures.owner().fetchCount(CLIENT_ACCOUNT, CLIENT_ACCOUNT.TENANT_ID.eq(tenant))).isEqualTo(1);
	}

	@Test
	void a_client_never_shared_with_is_removed_with_its_contacts_but_one_with_shares_stays() {
		var unshared = clients.createClient(new ClientDraft("Fabrikam", null, null, null));
		clients.addContact(unshared.id(), new ContactDraft("Fay", "fay@fabrikam.test", Persona.USER));
		var shared = clients.createClient(new ClientDraft("Contoso", null, null, null));
		UUID product = strategy.createProduct(new ProductDraft("Atlas", Market.ENTERPRISE, null)).id();
		sharing.share(new ShareDraft(shared.id(), product, true, List.of(), null, LocalDate.now().plusDays(30)));

		clients.removeClient(unshared.id());

		assertRefused(() -> clients.removeClient(shared.id()), "client");
		assertThat(clients.clients()).extracting(ClientAccount::name).containsExactly("Contoso");
		assertThat(fixtures.owner().fetchCount(CLIENT_CONTACT, CLIENT_CONTACT.TENANT_ID.eq(tenant))).isZero();
	}

	@Test
	void contacts_are_buyers_or_users_with_one_contact_per_email() {
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		clients.addContact(client.id(), new ContactDraft("Uma User", "uma@northwind.test", Persona.USER));
		var buyer = clients.addContact(client.id(),
				new ContactDraft("Ben Buyer", " Ben@Northwind.test ", Persona.BUYER));

		assertThat(buyer.email()).isEqualTo("ben@northwind.test");
		assertThat(clients.contacts(client.id())).extracting(ClientContact::name, ClientContact::persona)
			.containsExactly(org.assertj.core.api.Assertions.tuple("Ben Buyer", Persona.BUYER),
					org.assertj.core.api.Assertions.tuple("Uma User", Persona.USER));
		assertRefused(
				() -> clients.addContact(client.id(), new ContactDraft("Twin", "UMA@northwind.test", Persona.USER)),
				"email");
		assertRefused(() -> clients.addContact(client.id(), new ContactDraft("No mail", "not-an-email", Persona.USER)),
				"email");
		assertRefused(() -> clients.addContact(client.id(), new ContactDraft("No persona", "np@northwind.test", null)),
				"persona");
		assertRefused(() -> clients.addContact(client.id(), new ContactDraft("", "x@northwind.test", Persona.USER)),
				"name");
		var edited = clients.updateContact(buyer.id(), new ContactDraft("Ben B.", "ben@northwind.test", Persona.USER),
				buyer.version());
		assertThat(edited.persona()).isEqualTo(Persona.USER);
		assertThatThrownBy(() -> clients.updateContact(buyer.id(),
				new ContactDraft("Stale", "ben@northwind.test", Persona.BUYER), buyer.version()))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void an_invited_contact_signs_up_as_a_client_of_the_company_not_as_a_member() {
		String email = "ben-" + UUID.randomUUID() + "@northwind.test";
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		var buyer = clients.addContact(client.id(), new ContactDraft("Ben Buyer", email, Persona.BUYER));
		var invitation = clients.invite(buyer.id());

		assertThat(invitation.role()).isEqualTo(Role.CLIENT_BUYER);
		assertThat(clients.contacts(client.id()).getFirst().invited()).isTrue();
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		assertThat(invitations.open()).as("the members page lists team invitations only").isEmpty();
		SignIn.signOut();
		invitations.acceptWithNewAccount(invitation.token(), "Ben Buyer", "Quarterly-roadmap-42");

		var signedIn = signIn.as(email);
		assertThat(signedIn.activeWorkspace().orElseThrow().role()).isEqualTo(Role.CLIENT_BUYER);
		assertThat(signedIn.activeWorkspace().orElseThrow().tenantId()).isEqualTo(tenant);
		signIn.as(editorEmail);
		assertThat(workspace.members()).extracting(m -> m.email()).doesNotContain(email);
		assertThat(clients.contacts(client.id()).getFirst().signedUp()).isTrue();
		assertRefused(() -> clients.invite(buyer.id()), "email");
		assertRefused(
				() -> clients.updateContact(buyer.id(),
						new ContactDraft("Ben Buyer", "ben@elsewhere.test", Persona.BUYER), buyer.version() + 1),
				"email");
	}

	@Test
	void a_removed_contact_loses_the_sign_in_and_their_open_invitation() {
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		var user = clients.addContact(client.id(), new ContactDraft("Uma User", "uma@northwind.test", Persona.USER));
		var invitation = clients.invite(user.id());

		clients.removeContact(user.id());

		assertThat(clients.contacts(client.id())).isEmpty();
		SignIn.signOut();
		assertThat(invitations.lookup(invitation.token())).isEmpty();
	}

	@Test
	void changing_an_invited_contacts_email_withdraws_the_invitation_sent_to_the_old_address() {
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		var user = clients.addContact(client.id(), new ContactDraft("Uma User", "uma@northwind.test", Persona.USER));
		var invitation = clients.invite(user.id());

		clients.updateContact(user.id(), new ContactDraft("Uma User", "uma@elsewhere.test", Persona.USER),
				user.version());

		assertThat(clients.contacts(client.id()).getFirst().invited()).isFalse();
		SignIn.signOut();
		assertThat(invitations.lookup(invitation.token())).isEmpty();
	}

	@Test
	void a_team_member_cannot_be_a_client_contact() {
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		var colleague = clients.addContact(client.id(), new ContactDraft("Me", editorEmail, Persona.USER));

		assertRefused(() -> clients.invite(colleague.id()), "email");
	}

	@Test
	void viewers_read_clients_and_contacts_but_cannot_change_them() {
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		var contact = clients.addContact(client.id(), new ContactDraft("Uma", "uma@northwind.test", Persona.USER));
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));

		assertThat(clients.contacts(client.id())).hasSize(1);
		assertThatThrownBy(() -> clients.createClient(new ClientDraft("X", null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.addContact(client.id(), new ContactDraft("Y", "y@n.test", Persona.USER)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.invite(contact.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.removeContact(contact.id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void another_company_finds_neither_the_client_nor_its_contacts() {
		var client = clients.createClient(new ClientDraft("Northwind", null, null, null));
		var contact = clients.addContact(client.id(), new ContactDraft("Uma", "uma@northwind.test", Persona.USER));
		signIn.as(fixtures.personIn(fixtures.tenant("Rival Co"), Role.ADMIN));

		assertThat(clients.clients()).isEmpty();
		assertThatThrownBy(() -> clients.contacts(client.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> clients.invite(contact.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> clients.removeClient(client.id())).isInstanceOf(NotFoundException.class);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}

}
