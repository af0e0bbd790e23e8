package com.throughline.journey;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.throughline.platform.security.Role;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.roadmap.domain.RoadmapItemDraft;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.BrowserJourney;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapJourneyTest extends BrowserJourney {

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	@Autowired
	StrategyService strategy;

	@Autowired
	RoadmapService roadmap;

	@Test
	void an_editor_plans_by_dragging_cards_and_opens_one_by_clicking_it() {
		String editor = fixtures.personIn(fixtures.tenant("Drag Co"), Role.EDITOR);
		signIn.as(editor);
		UUID product = strategy.createProduct(new ProductDraft("Drag board", Market.SMB, null)).id();
		Quarter now = roadmap.window().getFirst();
		roadmap.create(item(product, "Already now", now));
		roadmap.create(item(product, "Someday soon", null));
		SignIn.signOut();

		Page page = signIn(newVisitor(), editor, Fixtures.PASSWORD);
		page.navigate(url("/roadmap"));
		var nowColumn = page.locator("#column-" + now.year() + "-q" + now.number());
		card(page.locator("#column-later"), "Someday soon").dragTo(card(nowColumn, "Already now"));

		assertThat(nowColumn.locator(".board-card")).containsText(new String[] { "Someday soon", "Already now" });
		assertThat(page.locator("#column-later h4")).hasText("Later (0)");
		signIn.as(editor);
		assertThat(roadmap.items(product)).extracting(i -> i.title()).containsExactly("Someday soon", "Already now");
		SignIn.signOut();

		nowColumn
			.locator(".board-card", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Already now"))
			.click();
		assertThat(page.locator("#item-title input")).hasValue("Already now");
	}

	@Test
	void a_viewer_shows_a_long_column_whole_with_its_show_all_button() {
		var tenant = fixtures.tenant("Long Column Co");
		String editor = fixtures.personIn(tenant, Role.EDITOR);
		String viewer = fixtures.personIn(tenant, Role.VIEWER);
		signIn.as(editor);
		UUID product = strategy.createProduct(new ProductDraft("Long column", Market.SMB, null)).id();
		int items = 26;
		for (int i = 0; i < items; i++) {
			roadmap.create(item(product, "Someday " + i, null));
		}
		SignIn.signOut();

		Page page = signIn(newVisitor(), viewer, Fixtures.PASSWORD);
		page.navigate(url("/roadmap"));
		var later = page.locator("#column-later");
		assertThat(later.locator(".board-card")).hasCount(25);
		later.locator("button.show-all").click();

		assertThat(later.locator(".board-card")).hasCount(items);
		assertThat(later.locator("button.show-all")).hasCount(0);
	}

	private static Locator card(Locator column, String title) {
		return column.locator(".board-card").filter(new Locator.FilterOptions().setHasText(title));
	}

	private static RoadmapItemDraft item(UUID product, String title, @Nullable Quarter quarter) {
		return new RoadmapItemDraft(product, title, null, null, null, List.of(), quarter, ItemStatus.PLANNED,
				Confidence.LOW, null, null, null);
	}

}
