package com.throughline.roadmap.ui;

import java.util.List;

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
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
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
		var tenant = fixtures.tenant("Long Roadmap Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var product = strategy.createProduct(new ProductDraft("Long", Market.SMB, null)).id();
		int items = RoadmapView.CARDS_SHOWN + 5;
		for (int i = 0; i < items; i++) {
			roadmap.create(new RoadmapItemDraft(product, "Later item " + i, null, null, null, List.of(), null,
					ItemStatus.PLANNED, Confidence.LOW, null, null, null));
		}
		navigate("roadmap");

		assertThat(cardsIn("column-later")).hasSize(RoadmapView.CARDS_SHOWN);
		assertThat(column("column-later")).contains("Later (" + items + ")");
		_click(_get(Button.class, spec -> spec.withText("Show all " + items)));

		assertThat(cardsIn("column-later")).hasSize(items);
		_assertNone(Button.class, spec -> spec.withClasses("show-all"));
	}

	private static List<Div> cardsIn(String columnId) {
		return _get(Div.class, spec -> spec.withId(columnId)).getChildren()
			.filter(c -> c.getElement().getClassList().contains("board-card"))
			.map(Div.class::cast)
			.toList();
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
		assertThat(grid.getListDataView().getItems().map(i -> i.title())).contains("Embed snippet for partner portals",
				"Industry benchmark network");
	}

	@Test
	void a_viewer_reads_the_roadmap_but_cannot_plan() {
		signInAs("vera@lumen.test");
		navigate("roadmap");

		_assertNone(Button.class, spec -> spec.withId("create-item"));
		var card = _get(Div.class, spec -> spec.withId("column-later")).getChildren()
			.filter(Div.class::isInstance)
			.map(Div.class::cast)
			.findFirst()
			.orElseThrow();
		ComponentUtil.fireEvent(card, new ClickEvent<>(card));
		_assertNone(Dialog.class);
	}

	private static String column(String id) {
		return textOf(_get(Div.class, spec -> spec.withId(id)));
	}

}
