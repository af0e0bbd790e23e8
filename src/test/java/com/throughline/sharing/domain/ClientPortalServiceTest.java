package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.TenantStatus;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.RoadmapItemDraft;
import com.throughline.roadmap.domain.RoadmapService;
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

import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.SHARE_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed-in client contact sees their client's active shares in their persona, and
 * nothing else of the company: no other client's share, nothing revoked or expired, no
 * internal page or service.
 */
@SpringBootTest
class ClientPortalServiceTest {

	static final String PASSWORD = "Quarterly-roadmap-42";

	@Autowired
	ClientPortalService portal;

	@Autowired
	KeyClientService clients;

	@Autowired
	SharingService sharing;

	@Autowired
	StrategyService strategy;

	@Autowired
	RoadmapService roadmap;

	@Autowired
	HypothesisService hypotheses;

	@Autowired
	InvitationService invitations;

	@Autowired
	WorkspaceService workspace;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	String editor;

	UUID product;

	UUID northwind;

	UUID northwindShare;

	UUID contosoShare;

	// Accounts are global: each run's contacts get addresses of their own.
	String ben = "ben-" + UUID.randomUUID() + "@northwind.test";

	String uma = "uma-" + UUID.randomUUID() + "@northwind.test";

	@BeforeEach
	void twoClientsEachWithAShareAndNorthwindsBuyerAndUserSignedUp() {
		tenant = fixtures.tenant("Portal Co");
		editor = fixtures.personIn(tenant, Role.EDITOR);
		signIn.as(editor);
		product = strategy.createProduct(new ProductDraft("Atlas", Market.ENTERPRISE, null)).id();
		roadmap
			.create(new RoadmapItemDraft(product, "Shared item", null, null, null, List.of(), null, ItemStatus.PLANNED,
					Confidence.LOW, "internal secret", "Saves 20 % of audit time", "One click exports"));
		roadmap.create(new RoadmapItemDraft(product, "Half-written item", null, null, null, List.of(), null,
				ItemStatus.PLANNED, Confidence.HIGH, "internal secret", "Buyer only", null));
		northwind = clients.createClient(new ClientDraft("Northwind", null, null, null)).id();
		UUID contoso = clients.createClient(new ClientDraft("Contoso", null, null, null)).id();
		northwindShare = share(northwind);
		contosoShare = share(contoso);
		signUp(northwind, "Ben Buyer", ben, Persona.BUYER);
		signUp(northwind, "Uma User", uma, Persona.USER);
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void the_buyer_sees_buyer_benefits_and_the_user_sees_user_benefits_of_their_clients_share_only() {
		signIn.as(ben);
		assertThat(portal.shares()).extracting(ClientShare::id).containsExactly(northwindShare);
		var buyerView = portal.open(northwindShare).orElseThrow();

		signIn.as(uma);
		var userView = portal.open(northwindShare).orElseThrow();

		assertThat(buyerView.persona()).isEqualTo(Persona.BUYER);
		assertThat(buyerView.items()).extracting(SharedRoadmap.SharedItem::benefit)
			.containsExactly("Saves 20 % of audit time");
		assertThat(userView.persona()).isEqualTo(Persona.USER);
		assertThat(userView.items()).extracting(SharedRoadmap.SharedItem::benefit).containsExactly("One click exports");
		assertThat(buyerView.toString()).doesNotContain("internal secret", "Half-written", "One click exports");
		assertThat(userView.toString()).doesNotContain("internal secret", "Half-written", "Saves 20 %");
	}

	@Test
	void another_clients_share_is_not_shown_even_by_its_id() {
		signIn.as(ben);

		assertThat(portal.open(contosoShare)).isEmpty();
		assertThat(portal.open(UUID.randomUUID())).isEmpty();
		assertThat(portal.shares()).extracting(ClientShare::id).doesNotContain(contosoShare);
	}

	@Test
	void revoked_and_expired_shares_are_neither_listed_nor_shown() {
		sharing.revoke(northwindShare);
		UUID expiring = share(northwind);
		fixtures.owner()
			.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().minusDays(1))
			.where(ROADMAP_SHARE.ID.eq(expiring))
			.execute();
		signIn.as(ben);

		assertThat(portal.shares()).isEmpty();
		assertThat(portal.open(northwindShare)).isEmpty();
		assertThat(portal.open(expiring)).isEmpty();
	}

	@Test
	void a_removed_contact_sees_nothing_even_in_a_session_opened_before() {
		var session = signIn.as(uma);
		signIn.as(editor);
		var uma = clients.contacts(northwind)
			.stream()
			.filter(c -> c.name().equals("Uma User"))
			.findFirst()
			.orElseThrow();
		clients.removeContact(uma.id());
		SignIn.become(session);

		assertThat(portal.shares()).isEmpty();
		assertThat(portal.open(northwindShare)).isEmpty();
	}

	@Test
	void a_suspended_company_shows_its_contacts_nothing() {
		var session = signIn.as(ben);
		fixtures.setStatus(tenant, TenantStatus.SUSPENDED);
		SignIn.become(session);

		assertThat(portal.open(northwindShare)).isEmpty();
	}

	@Test
	void every_view_is_logged_with_the_contact_and_the_team_sees_who_looked() {
		signIn.as(ben);
		portal.open(northwindShare);
		portal.open(contosoShare);

		assertThat(fixtures.owner().fetchCount(SHARE_VIEW, SHARE_VIEW.TENANT_ID.eq(tenant))).isEqualTo(1);
		signIn.as(editor);
		assertThat(sharing.views(northwindShare)).singleElement().satisfies(view -> {
			assertThat(view.contactName()).isEqualTo("Ben Buyer");
			assertThat(view.persona()).isEqualTo(Persona.BUYER);
		});
		assertThat(sharing.shares()).filteredOn(s -> s.id().equals(northwindShare))
			.singleElement()
			.satisfies(s -> assertThat(s.views()).isEqualTo(1));
	}

	@Test
	void the_view_log_keeps_the_persona_a_contact_viewed_in_and_a_persona_change_gives_the_other_view() {
		signIn.as(ben);
		portal.open(northwindShare);
		signIn.as(editor);
		var contact = clients.contacts(northwind)
			.stream()
			.filter(c -> c.name().equals("Ben Buyer"))
			.findFirst()
			.orElseThrow();
		clients.updateContact(contact.id(), new ContactDraft("Ben Buyer", ben, Persona.USER), contact.version());

		signIn.as(ben);
		assertThat(portal.open(northwindShare).orElseThrow().persona()).isEqualTo(Persona.USER);
		signIn.as(editor);
		assertThat(sharing.views(northwindShare)).extracting(ShareViewEntry::persona)
			.containsExactly(Persona.USER, Persona.BUYER);
	}

	@Test
	void a_contact_marks_a_shown_item_important_and_the_team_sees_the_client_care() {
		signIn.as(uma);
		var item = portal.open(northwindShare).orElseThrow().items().getFirst();
		UUID halfWritten = UUID.randomUUID();

		assertThat(portal.react(northwindShare, item.id(), "We need this before Q3")).isTrue();
		assertThat(portal.react(contosoShare, item.id(), null)).as("not their share").isFalse();
		assertThat(portal.react(northwindShare, halfWritten, null)).isFalse();

		signIn.as(editor);
		assertThat(sharing.interest(product).get(item.id())).singleElement()
			.satisfies(interest -> assertThat(interest.clientName()).isEqualTo("Northwind"));
	}

	@Test
	void a_client_contact_cannot_use_any_team_service() {
		signIn.as(ben);

		assertThatThrownBy(() -> sharing.shares()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> sharing.preview(northwindShare, Persona.USER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> clients.clients()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> strategy.products()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> roadmap.items(product)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> workspace.members()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> hypotheses.countsByStatus()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void team_members_cannot_use_the_client_portal() {
		assertThatThrownBy(() -> portal.shares()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> portal.open(northwindShare)).isInstanceOf(AccessDeniedException.class);
	}

	private UUID share(UUID client) {
		return sharing.share(new ShareDraft(client, product, true, List.of(), "For you", LocalDate.now().plusMonths(2)))
			.shareId();
	}

	private void signUp(UUID client, String name, String email, Persona persona) {
		signIn.as(editor);
		var contact = clients.addContact(client, new ContactDraft(name, email, persona));
		var invitation = clients.invite(contact.id());
		SignIn.signOut();
		invitations.acceptWithNewAccount(invitation.token(), name, PASSWORD);
		signIn.as(editor);
	}

}
