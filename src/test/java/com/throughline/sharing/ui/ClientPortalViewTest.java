package com.throughline.sharing.ui;

import java.util.UUID;

import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.SHARE_REACTION;
import static org.assertj.core.api.Assertions.assertThat;

/** What a signed-in client contact of a demo key client sees, and what they never see. */
class ClientPortalViewTest extends KaribuTest {

	@Test
	void a_client_contact_lands_on_the_roadmaps_shared_with_their_company_only() {
		signInAs("olivia@northwind.test");
		navigate("");

		_assertOne(ClientSharesView.class);
		var cards = _find(Div.class, spec -> spec.withClasses("client-share"));
		assertThat(cards).singleElement()
			.satisfies(card -> assertThat(textOf(card)).contains("Lumen Insights", "Northwind Logistics")
				.doesNotContain("Contoso"));
	}

	@Test
	void the_buyer_reads_buyer_benefits_and_the_user_reads_user_benefits_of_the_same_share() {
		UUID share = demoShareOf("Northwind Logistics");

		signInAs("olivia@northwind.test");
		navigate("client/shares/" + share);
		String buyerPage = textOf(byId("buyer-view"));
		_assertNone(Div.class, spec -> spec.withId("user-view"));

		signInAs("ravi@northwind.test");
		navigate("client/shares/" + share);
		String userPage = textOf(byId("user-view"));

		assertThat(buyerPage).contains("Embed snippet for partner portals", "Why:")
			.doesNotContain("Depends on the data platform team", "Columnar cache");
		assertThat(userPage).contains("Embed snippet for partner portals")
			.doesNotContain("Why:", "Depends on the data platform team", "Columnar cache");
		assertThat(buyerPage).isNotEqualTo(userPage);
	}

	@Test
	void another_clients_share_shows_the_neutral_page_even_by_its_address() {
		signInAs("olivia@northwind.test");
		navigate("client/shares/" + demoShareOf("Contoso Manufacturing"));

		_assertOne(ShareUnavailable.class);
		_assertNone(Div.class, spec -> spec.withId("buyer-view"));
	}

	@Test
	void a_malformed_share_address_shows_the_neutral_page() {
		signInAs("hannah@contoso.test");
		navigate("client/shares/not-a-share");

		_assertOne(ShareUnavailable.class);
	}

	@Test
	void a_contact_marks_an_item_important_from_their_page() {
		signInAs("hannah@contoso.test");
		navigate("client/shares/" + demoShareOf("Contoso Manufacturing"));
		var page = byId("buyer-view");
		assertThat(textOf(page)).contains("Single sign-on for embedded viewers")
			.doesNotContain("Peer benchmarks next to every KPI");

		var card = _find(page, Div.class, spec -> spec.withClasses("phase")).getFirst();
		String item = org.jsoup.Jsoup.parse(textOfActions(card)).selectFirst("button.react").attr("data-item");
		fire(page, "click", java.util.Map.of(SharedRoadmapPanel.REACTED_ITEM, item),
				SharedRoadmapPanel.REACTED_ITEM + " != null");

		assertThat(textOf(card)).contains("Thank you, noted");
		assertThat(textOfActions(card)).contains("disabled");
		assertThat(fixtures.owner().fetchCount(SHARE_REACTION, SHARE_REACTION.ITEM_ID.eq(UUID.fromString(item))))
			.isPositive();
	}

	private static String textOfActions(Div card) {
		return _find(card, Div.class, spec -> spec.withClasses("shared-actions")).getFirst()
			.getElement()
			.getProperty("innerHTML");
	}

	private UUID demoShareOf(String clientName) {
		return fixtures.owner()
			.select(ROADMAP_SHARE.ID)
			.from(ROADMAP_SHARE)
			.join(CLIENT_ACCOUNT)
			.on(CLIENT_ACCOUNT.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(CLIENT_ACCOUNT.ID.eq(ROADMAP_SHARE.CLIENT_ID)))
			.where(CLIENT_ACCOUNT.NAME.eq(clientName))
			.and(ROADMAP_SHARE.REVOKED_AT.isNull())
			.orderBy(ROADMAP_SHARE.CREATED_AT)
			.limit(1)
			.fetchSingle()
			.value1();
	}

}
