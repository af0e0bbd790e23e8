package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.SHARE_LINK;
import static com.throughline.db.Tables.SHARE_VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a link holder sees, and what they never see. */
@SpringBootTest
class SharingServiceTest {

	@Autowired
	SharingService sharing;

	@Autowired
	KeyClientService keyClients;

	@Autowired
	StrategyService strategy;

	@Autowired
	RoadmapService roadmap;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	UUID product;

	UUID client;

	@BeforeEach
	void aProductWithARoadmapAndAKeyClient() {
		tenant = fixtures.tenant("Share Co");
		signIn.as(fixtures.personIn(tenant, Role.EDITOR));
		product = strategy.createProduct(new ProductDraft("Atlas", Market.ENTERPRISE, null)).id();
		var otherProduct = strategy.createProduct(new ProductDraft("Secret Product", Market.SMB, null)).id();
		item(product, "Shared item", "Saves 20 % of audit time", "One click exports", ItemStatus.PLANNED);
		item(product, "Half-written item", "Only a buyer text", null, ItemStatus.PLANNED);
		item(product, "Parked item", "Buyer text", "User text", ItemStatus.PARKED);
		item(otherProduct, "Other product item", "Buyer", "User", ItemStatus.PLANNED);
		client = keyClients.createClient(new ClientDraft("Northwind", null, null, null)).id();
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void the_buyer_link_shows_buyer_benefits_and_the_user_link_user_benefits_of_shareable_items_only() {
		var issued = sharing.share(shareAll());
		SignIn.signOut();

		var buyer = sharing.open(issued.buyerToken(), "10.0.0.1").orElseThrow();
		var user = sharing.open(issued.userToken(), "10.0.0.1").orElseThrow();

		assertThat(buyer.persona()).isEqualTo(Persona.BUYER);
		assertThat(buyer.items()).extracting(SharedRoadmap.SharedItem::title).containsExactly("Shared item");
		assertThat(buyer.items()).extracting(SharedRoadmap.SharedItem::benefit)
			.containsExactly("Saves 20 % of audit time");
		assertThat(user.persona()).isEqualTo(Persona.USER);
		assertThat(user.items()).extracting(SharedRoadmap.SharedItem::benefit).containsExactly("One click exports");
		assertThat(user.toString()).doesNotContain("internal secret", "Secret Product", "Saves 20 %");
		assertThat(buyer.toString()).doesNotContain("internal secret", "Secret Product", "One click exports");
	}

	@Test
	void only_token_hashes_are_stored_and_every_view_is_logged() {
		var issued = sharing.share(shareAll());
		var stored = fixtures.owner().selectFrom(SHARE_LINK).where(SHARE_LINK.TENANT_ID.eq(tenant)).fetch();
		assertThat(stored).extracting(l -> l.getTokenHash())
			.containsExactlyInAnyOrder(SecretTokens.hash(issued.buyerToken()), SecretTokens.hash(issued.userToken()));
		SignIn.signOut();

		sharing.open(issued.buyerToken(), "10.0.0.2");
		sharing.open(issued.buyerToken(), "10.0.0.2");

		assertThat(fixtures.owner().fetchCount(SHARE_VIEW, SHARE_VIEW.TENANT_ID.eq(tenant))).isEqualTo(2);
	}

	@Test
	void revoked_expired_guessed_and_malformed_links_show_nothing() {
		var revoked = sharing.share(shareAll());
		sharing.revoke(revoked.shareId());
		var expiring = sharing.share(shareAll());
		fixtures.owner()
			.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().minusDays(1))
			.where(ROADMAP_SHARE.ID.eq(expiring.shareId()))
			.execute();
		SignIn.signOut();

		assertThat(sharing.open(revoked.buyerToken(), "10.0.0.3")).isEmpty();
		assertThat(sharing.open(expiring.userToken(), "10.0.0.3")).isEmpty();
		assertThat(sharing.open(SecretTokens.newToken(), "10.0.0.3")).isEmpty();
		assertThat(sharing.open("../../etc/passwd", "10.0.0.3")).isEmpty();
	}

	@Test
	void a_suspended_companys_links_stop_working() {
		var issued = sharing.share(shareAll());
		fixtures.setStatus(tenant, TenantStatus.SUSPENDED);
		SignIn.signOut();

		assertThat(sharing.open(issued.buyerToken(), "10.0.0.4")).isEmpty();
	}

	@Test
	void repeated_bad_links_from_one_address_are_refused_even_for_a_good_link() {
		var issued = sharing.share(shareAll());
		SignIn.signOut();
		for (int i = 0; i < 20; i++) {
			sharing.open(SecretTokens.newToken(), "10.9.9.9");
		}

		assertThat(sharing.open(issued.buyerToken(), "10.9.9.9")).isEmpty();
		assertThat(sharing.open(issued.buyerToken(), "10.9.9.8")).isPresent();
	}

	@Test
	void the_preview_shows_exactly_what_the_link_shows() {
		var issued = sharing.share(shareAll());
		var preview = sharing.preview(issued.shareId(), Persona.USER).orElseThrow();
		SignIn.signOut();

		assertThat(sharing.open(issued.userToken(), "10.0.0.5").orElseThrow()).isEqualTo(preview);
	}

	@Test
	void a_share_needs_a_future_expiry_and_items_of_its_product() {
		assertThatThrownBy(() -> sharing.share(new ShareDraft(client, product, true, List.of(), null, LocalDate.now())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("expiresOn"));
		assertThatThrownBy(() -> sharing.share(new ShareDraft(client, product, false, List.of(), null, future())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("items"));
		assertThat(fixtures.owner().fetchCount(ROADMAP_SHARE, ROADMAP_SHARE.TENANT_ID.eq(tenant))).isZero();
	}

	@Test
	void viewers_cannot_share_revoke_or_preview() {
		var issued = sharing.share(shareAll());
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));

		assertThatThrownBy(() -> sharing.share(shareAll())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> sharing.revoke(issued.shareId())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> sharing.preview(issued.shareId(), Persona.BUYER))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void another_company_cannot_preview_or_revoke_the_share() {
		var issued = sharing.share(shareAll());
		signIn.as(fixtures.personIn(fixtures.tenant("Rival Co"), Role.ADMIN));

		assertThat(sharing.preview(issued.shareId(), Persona.BUYER)).isEmpty();
		assertThatThrownBy(() -> sharing.revoke(issued.shareId()))
			.isInstanceOf(com.throughline.platform.NotFoundException.class);
	}

	@Test
	void a_client_marks_a_shared_item_important_and_the_team_sees_who_cares_and_their_contract_value() {
		UUID big = keyClients.createClient(new ClientDraft("Big Buyer", null, new java.math.BigDecimal("120000"), null))
			.id();
		var issued = sharing.share(new ShareDraft(big, product, true, List.of(), null, future()));
		var unshared = roadmap.items(product)
			.stream()
			.filter(i -> i.title().equals("Half-written item"))
			.findFirst()
			.orElseThrow();
		SignIn.signOut();
		var item = sharing.open(issued.userToken(), "10.0.0.6").orElseThrow().items().getFirst();

		assertThat(sharing.react(issued.userToken(), item.id(), "We need this before Q3", "10.0.0.6")).isTrue();
		assertThat(sharing.react(issued.userToken(), unshared.id(), null, "10.0.0.6")).isFalse();
		assertThat(sharing.react(SecretTokens.newToken(), item.id(), null, "10.0.0.6")).isFalse();

		signIn.as(fixtures.personIn(tenant, Role.VIEWER));
		assertThat(sharing.interest(product).get(item.id())).singleElement().satisfies(interest -> {
			assertThat(interest.clientName()).isEqualTo("Big Buyer");
			assertThat(interest.annualContractValue()).isEqualByComparingTo("120000");
		});
		assertThat(sharing.interest(product)).doesNotContainKey(unshared.id());
	}

	@Test
	void new_links_replace_the_old_ones_at_once_but_not_for_an_expired_share() {
		var issued = sharing.share(shareAll());
		var renewed = sharing.reissueLinks(issued.shareId());
		fixtures.owner()
			.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().minusDays(1))
			.where(ROADMAP_SHARE.ID.eq(issued.shareId()))
			.execute();
		assertThatThrownBy(() -> sharing.reissueLinks(issued.shareId()))
			.isInstanceOf(com.throughline.platform.NotFoundException.class);
		fixtures.owner()
			.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.EXPIRES_ON, future())
			.where(ROADMAP_SHARE.ID.eq(issued.shareId()))
			.execute();
		SignIn.signOut();

		assertThat(sharing.open(issued.buyerToken(), "10.0.1.1")).isEmpty();
		assertThat(sharing.open(issued.userToken(), "10.0.1.1")).isEmpty();
		assertThat(sharing.open(renewed.buyerToken(), "10.0.1.1").orElseThrow().persona()).isEqualTo(Persona.BUYER);
		assertThat(sharing.open(renewed.userToken(), "10.0.1.1").orElseThrow().persona()).isEqualTo(Persona.USER);
	}

	@Test
	void a_share_changes_its_items_message_and_expiry_but_keeps_its_links() {
		var issued = sharing.share(shareAll());
		var share = sharing.shares().getFirst();
		UUID shared = roadmap.items(product)
			.stream()
			.filter(i -> i.title().equals("Shared item"))
			.findFirst()
			.orElseThrow()
			.id();

		sharing.update(issued.shareId(),
				new ShareDraft(null, null, false, List.of(shared), "  Updated  ", LocalDate.now().plusMonths(6)),
				share.version());

		var changed = sharing.shares().getFirst();
		assertThat(changed.allItems()).isFalse();
		assertThat(changed.message()).isEqualTo("Updated");
		assertThat(changed.expiresOn()).isEqualTo(LocalDate.now().plusMonths(6));
		assertThat(changed.clientId()).isEqualTo(client);
		assertThat(sharing.pickedItems(issued.shareId())).containsExactly(shared);
		assertThatThrownBy(() -> sharing.update(issued.shareId(),
				new ShareDraft(null, null, true, List.of(), null, future()), share.version()))
			.isInstanceOf(com.throughline.platform.ConcurrentEditException.class);
		assertThatThrownBy(() -> sharing.update(issued.shareId(),
				new ShareDraft(null, null, true, List.of(), null, LocalDate.now()), changed.version()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("expiresOn"));
		SignIn.signOut();
		assertThat(sharing.open(issued.userToken(), "10.0.1.2").orElseThrow().message()).isEqualTo("Updated");
	}

	@Test
	void a_revoked_share_cannot_change() {
		var issued = sharing.share(shareAll());
		sharing.revoke(issued.shareId());
		var revoked = sharing.shares().getFirst();

		assertThatThrownBy(() -> sharing.update(issued.shareId(),
				new ShareDraft(null, null, true, List.of(), "Back again", future()), revoked.version()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("share"));
		assertThat(sharing.shares().getFirst().message()).isEqualTo("Here is what is coming");
	}

	@Test
	void the_buyer_reads_a_theorys_client_wording_as_the_why_never_its_internal_title() {
		var worded = strategy.saveTheory(product, null,
				new com.throughline.strategy.domain.TheoryDraft("Switching costs will lock accounts in", null,
						com.throughline.strategy.domain.Advantage.SWITCHING_COSTS, "Embedded accounts", null, null,
						null, "Analytics inside the tools you already use"),
				0);
		var unworded = strategy.saveTheory(product, null,
				new com.throughline.strategy.domain.TheoryDraft("Our secret moat", null,
						com.throughline.strategy.domain.Advantage.BRAND, "Brand", null, null, null),
				0);
		roadmap.create(new RoadmapItemDraft(product, "Worded item", null, null, worded.id(), List.of(), null,
				ItemStatus.PLANNED, Confidence.LOW, null, "Buyer text", "User text"));
		roadmap.create(new RoadmapItemDraft(product, "Unworded item", null, null, unworded.id(), List.of(), null,
				ItemStatus.PLANNED, Confidence.LOW, null, "Buyer text", "User text"));
		var issued = sharing.share(shareAll());
		SignIn.signOut();

		var buyer = sharing.open(issued.buyerToken(), "10.0.1.3").orElseThrow();
		var user = sharing.open(issued.userToken(), "10.0.1.3").orElseThrow();

		assertThat(buyer.items()).filteredOn(i -> i.title().equals("Worded item"))
			.extracting(SharedRoadmap.SharedItem::why)
			.containsExactly("Analytics inside the tools you already use");
		assertThat(buyer.items()).filteredOn(i -> i.title().equals("Unworded item"))
			.extracting(SharedRoadmap.SharedItem::why)
			.containsOnlyNulls();
		assertThat(user.items()).extracting(SharedRoadmap.SharedItem::why).containsOnlyNulls();
		assertThat(buyer.toString()).doesNotContain("Switching costs will lock accounts in", "Our secret moat");
	}

	private ShareDraft shareAll() {
		return new ShareDraft(client, product, true, List.of(), "Here is what is coming", future());
	}

	private static LocalDate future() {
		return LocalDate.now().plusMonths(2);
	}

	private void item(UUID productId, String title, String buyer, String user, ItemStatus status) {
		roadmap.create(new RoadmapItemDraft(productId, title, null, null, null, List.of(), null, status, Confidence.LOW,
				"internal secret", buyer, user));
	}

}
