package com.throughline.roadmap.ui;

import java.util.List;
import java.util.Map;

import com.throughline.platform.security.Role;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.roadmap.domain.RoadmapItemDraft;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

class RoadmapViewTest extends KaribuTest {

	@Autowired
	StrategyService strategy;

	@Autowired
	RoadmapService roadmap;

	@Test
	void a_long_column_shows_its_first_cards_and_all_of_them_on_request() {
		int items = RoadmapView.CARDS_SHOWN + 5;
		signInAs(fixtures.personIn(aLongLaterColumn("Long Roadmap Co", items), Role.EDITOR));
		navigate("roadmap");

		assertThat(cardsIn("column-later")).hasSize(RoadmapView.CARDS_SHOWN);
		assertThat(column("column-later")).contains("Later (" + items + ")");
		var showAll = timeline().selectFirst("#column-later button.show-all");
		assertThat(showAll.text()).isEqualTo("Show all " + items);
		fire(board(), "click", Map.of(RoadmapView.SHOW_ALL, showAll.attr("data-item")));

		assertThat(cardsIn("column-later")).hasSize(items);
		assertThat(timeline().select("button.show-all")).isEmpty();
	}

	@Test
	void a_viewer_shows_a_long_column_whole_too() {
		int items = RoadmapView.CARDS_SHOWN + 1;
		signInAs(fixtures.personIn(aLongLaterColumn("Long Read Co", items), Role.VIEWER));
		navigate("roadmap");
		assertThat(cardsIn("column-later")).hasSize(RoadmapView.CARDS_SHOWN);

		fire(board(), "click", Map.of(RoadmapView.SHOW_ALL, "later"));

		assertThat(cardsIn("column-later")).hasSize(items);
	}

	/**
	 * A company whose one product has this many unplanned items, created by an editor.
	 */
	private java.util.UUID aLongLaterColumn(String company, int items) {
		var tenant = fixtures.tenant(company);
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var product = strategy.createProduct(new ProductDraft("Long", Market.SMB, null)).id();
		for (int i = 0; i < items; i++) {
			roadmap.create(item(product, "Later item " + i, null));
		}
		return tenant;
	}

	/** The whole timeline: one element's HTML. */
	private static org.jsoup.nodes.Document timeline() {
		return Jsoup
			.parseBodyFragment(_get(Div.class, spec -> spec.withId("timeline")).getElement().getProperty("innerHTML"));
	}

	/** Where the board listens for clicks and drops. */
	private static Component board() {
		return _get(Div.class, spec -> spec.withId("timeline")).getParent().orElseThrow();
	}

	/** The cards a column shows. */
	private static List<org.jsoup.nodes.Element> cardsIn(String columnId) {
		return timeline().select("#" + columnId + " .board-card");
	}

	@Test
	void the_timeline_shows_this_quarter_and_later_and_flags_items_left_in_the_past() {
		signInAs("eli@lumen.test");
		navigate("roadmap");

		var now = Quarter.of(java.time.LocalDate.now());
		assertThat(column("column-" + now.year() + "-q" + now.number())).contains("Embed snippet for partner portals");
		assertThat(column("column-later")).contains("Industry benchmark network");
		assertThat(column("column-earlier")).contains("Columnar cache for heavy dashboards")
			.contains("Past quarter, not shipped");
	}

	@Test
	void an_editor_adds_an_item_and_a_missing_title_is_refused_next_to_the_field() {
		signInAs("eli@lumen.test");
		navigate("roadmap");
		int before = fixtures.owner().fetchCount(ROADMAP_ITEM);

		_click(_get(Button.class, spec -> spec.withId("create-item")));
		_click(_get(Button.class, spec -> spec.withId("save-item")));
		var title = _get(TextField.class, spec -> spec.withId("item-title"));
		assertThat(title.isInvalid()).isTrue();
		assertThat(title.getErrorMessage()).isEqualTo("This field is required");
		assertThat(fixtures.owner().fetchCount(ROADMAP_ITEM)).isEqualTo(before);

		_setValue(title, "Karibu-planned item");
		_click(_get(Button.class, spec -> spec.withId("save-item")));

		var now = Quarter.of(java.time.LocalDate.now());
		assertThat(column("column-" + now.year() + "-q" + now.number())).contains("Karibu-planned item");
		assertThat(fixtures.owner().fetchCount(ROADMAP_ITEM)).isEqualTo(before + 1);
	}

	@Test
	void the_grid_lists_every_item_with_its_timeframe() {
		signInAs("vera@lumen.test");
		navigate("roadmap");
		var tabs = _get(Tabs.class);
		tabs.setSelectedIndex(1);

		@SuppressWarnings("unchecked")
		Grid<com.throughline.roadmap.domain.RoadmapItem> grid = _get(Grid.class, spec -> spec.withId("roadmap-grid"));
		assertThat(rowsOf(grid).stream().map(i -> i.title())).contains("Embed snippet for partner portals",
				"Industry benchmark network");
	}

	@Test
	void an_editor_opens_a_card_by_clicking_it_and_plans_it_by_dropping_it_on_another_column() {
		var tenant = fixtures.tenant("Board Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var product = strategy.createProduct(new ProductDraft("Board", Market.SMB, null)).id();
		var now = roadmap.window().getFirst();
		var first = roadmap.create(item(product, "First now", now));
		var second = roadmap.create(item(product, "Second now", now));
		var someday = roadmap.create(item(product, "Someday", null));
		navigate("roadmap");

		var board = board();
		assertThat(cardsIn("column-later").getFirst().attr("draggable")).isEqualTo("true");
		fire(board, "click", Map.of(RoadmapView.CLICKED_CARD, someday.id().toString()));
		assertThat(_get(TextField.class, spec -> spec.withId("item-title")).getValue()).isEqualTo("Someday");
		_get(Dialog.class).close();

		fire(board, "drop", Map.of(RoadmapView.DRAGGED_CARD, someday.id().toString(), RoadmapView.TARGET_COLUMN,
				now.year() + "-q" + now.number(), RoadmapView.CLICKED_CARD, second.id().toString()));
		assertThat(roadmap.items(product)).extracting(i -> i.title())
			.containsExactly("First now", "Someday", "Second now");
		assertThat(column("column-" + now.year() + "-q" + now.number())).contains("Someday");
		assertThat(column("column-later")).contains("Later (0)");

		fire(board, "drop",
				Map.of(RoadmapView.DRAGGED_CARD, first.id().toString(), RoadmapView.TARGET_COLUMN, "later"));
		assertThat(roadmap.get(first.id()).quarter()).isNull();
		assertThat(column("column-later")).contains("First now");
	}

	@Test
	void an_item_planned_past_the_four_quarters_shows_in_later_with_its_quarter() {
		var tenant = fixtures.tenant("Far Plans Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var product = strategy.createProduct(new ProductDraft("Far", Market.SMB, null)).id();
		var beyond = roadmap.window().getLast().next();
		roadmap.create(item(product, "Moonshot", beyond));
		roadmap.create(item(product, "Someday", null));
		navigate("roadmap");

		assertThat(column("column-later")).contains("Later (2)").contains("Moonshot").contains("Planned for " + beyond);
		assertThat(cardsIn("column-later").getLast().text()).doesNotContain("Planned for");
	}

	@Test
	void a_drop_naming_no_item_or_no_plannable_column_changes_nothing() {
		signInAs("eli@lumen.test");
		navigate("roadmap");
		var board = board();
		var before = fixtures.owner().selectFrom(ROADMAP_ITEM).orderBy(ROADMAP_ITEM.ID).fetch();

		fire(board, "drop", Map.of(RoadmapView.DRAGGED_CARD, "not an id", RoadmapView.TARGET_COLUMN, "later"));
		fire(board, "drop", Map.of(RoadmapView.DRAGGED_CARD, before.getFirst().getId().toString(),
				RoadmapView.TARGET_COLUMN, "earlier"));

		assertThat(fixtures.owner().selectFrom(ROADMAP_ITEM).orderBy(ROADMAP_ITEM.ID).fetch()).isEqualTo(before);
	}

	@Test
	void a_viewer_reads_the_roadmap_but_cannot_plan() {
		signInAs("vera@lumen.test");
		navigate("roadmap");

		_assertNone(Button.class, spec -> spec.withId("create-item"));
		var card = cardsIn("column-later").getFirst();
		assertThat(card.hasAttr("draggable")).isFalse();
		var board = board();
		fire(board, "click", Map.of(RoadmapView.CLICKED_CARD, card.attr("data-item")));
		_assertNone(Dialog.class);
	}

	/**
	 * What the browser sends for an event on the board, with the filters that pass for
	 * it.
	 */
	private static void fire(Component board, String type, Map<String, String> values) {
		boolean onCard = values.containsKey(RoadmapView.CLICKED_CARD);
		boolean onShowAll = values.containsKey(RoadmapView.SHOW_ALL);
		boolean onPlannable = values.containsKey(RoadmapView.TARGET_COLUMN)
				&& !"earlier".equals(values.get(RoadmapView.TARGET_COLUMN));
		KaribuTest.fire(board, type, values,
				java.util.stream.Stream
					.of(onCard ? RoadmapView.CLICKED_CARD : null, onPlannable ? RoadmapView.TARGET_COLUMN : null,
							onShowAll ? RoadmapView.SHOW_ALL : null)
					.filter(java.util.Objects::nonNull)
					.map(expression -> expression + " != null")
					.toArray(String[]::new));
	}

	private static RoadmapItemDraft item(java.util.UUID product, String title, Quarter quarter) {
		return new RoadmapItemDraft(product, title, null, null, null, List.of(), quarter, ItemStatus.PLANNED,
				Confidence.LOW, null, null, null);
	}

	private static String column(String id) {
		return timeline().getElementById(id).text();
	}

}
