package com.throughline.strategy.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.PhaseKind;
import com.throughline.strategy.domain.PhaseStatus;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.throughline.db.Tables.GLEE_PHASE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static com.throughline.db.Tables.STRATEGY_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StrategyCanvasViewTest extends KaribuTest {

	static final String LUMEN_VISION_2 = "Every B2B operations team decides with live, trusted numbers — inside the tools they already use.";

	static final String NO_THEORIES = "No strategy theories yet. Add the first theory and its proxy metric.";

	@Autowired
	StrategyService strategy;

	@Test
	void the_canvas_shows_the_newest_vision_the_current_phase_and_the_smt_table() {
		UUID lumenInsights = demoProduct("lumen", "Lumen Insights");
		signInAs("eli@lumen.test");
		navigate("products/" + lumenInsights);

		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Lumen Insights");
		assertThat(_get(Paragraph.class, spec -> spec.withId("vision")).getText()).isEqualTo(LUMEN_VISION_2);
		assertThat(textOf(byId("current-phase"))).contains("Lead a larger market", "Current",
				"Lead embedded analytics for mid-market B2B software");
		var rows = smtRows();
		assertThat(rows).hasSize(3);
		assertThat(textOf(rows.get(0))).contains("Embedding analytics in partner apps will make us the default",
				"Switching costs", "Accounts with an embedded dashboard", "Now: 18 %",
				"1 Testing · 1 Validated · 1 Abandoned");
		assertThat(textOf(rows.get(1))).contains("Peer benchmarks will turn usage into a network effect",
				"Weekly benchmark viewers", "Now: 420 users");
		assertThat(textOf(rows.get(2))).contains("Sub-second queries will delight analysts", "Queries under one second",
				"Now: 71 %");
		var tactics = fixtures.owner()
			.select(HYPOTHESIS.STATEMENT, HYPOTHESIS.ID)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.PRODUCT_ID.eq(lumenInsights))
			.fetch(record -> tuple(record.value1(), "hypotheses/" + record.value2()));
		assertThat(tactics).hasSize(8);
		assertThat(_find(byId("smt"), RouterLink.class)).extracting(RouterLink::getText, RouterLink::getHref)
			.containsExactlyInAnyOrderElementsOf(tactics);
		assertThat(_get(Button.class, spec -> spec.withId("edit-strategy")).getText()).isEqualTo("Edit strategy");
	}

	@Test
	void the_markdown_export_holds_the_canvas() {
		signInAs("vera@lumen.test");
		navigate("products/" + demoProduct("lumen", "Lumen Insights"));

		var export = _get(Anchor.class, spec -> spec.withId("export-markdown"));
		assertThat(export.getText()).isEqualTo("Export Markdown");
		String markdown = new String(DownloadKt._download(export), StandardCharsets.UTF_8);
		assertThat(markdown).startsWith("# Lumen Insights")
			.contains(LUMEN_VISION_2, "Lead embedded analytics for mid-market B2B software",
					"| Sub-second queries will delight analysts | Queries under one second |");
	}

	@Test
	void an_empty_delight_is_refused_next_to_the_field_and_a_complete_strategy_is_saved_and_shown() {
		UUID tenant = fixtures.tenant("Kite Works");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		UUID product = strategy.createProduct(new ProductDraft("Kite", Market.SMB, null)).id();
		navigate("products/" + product);
		_assertOne(Div.class, spec -> spec.withId("strategy-empty"));
		var write = _get(Button.class, spec -> spec.withId("edit-strategy"));
		assertThat(write.getText()).isEqualTo("Write strategy");
		_click(write);

		_setValue(area("strategy-vision"), "Every kite flyer finds wind in minutes.");
		_setValue(area("strategy-hard"), "Wind data from a million flights.");
		_setValue(area("strategy-margin"), "Subscriptions, no hardware.");
		_click(saveStrategy());

		assertThat(area("strategy-delight").isInvalid()).isTrue();
		assertThat(area("strategy-delight").getErrorMessage()).isEqualTo("This field is required");
		assertThat(storedVersions(product)).isZero();

		_setValue(area("strategy-delight"), "Wind forecasts at the tap of a button.");
		_click(saveStrategy());

		expectNotifications("Strategy saved as a new version");
		_assertNone(StrategyDialog.class);
		assertThat(_get(Paragraph.class, spec -> spec.withId("vision")).getText())
			.isEqualTo("Every kite flyer finds wind in minutes.");
		_assertNone(Div.class, spec -> spec.withId("strategy-empty"));
		assertThat(_get(Button.class, spec -> spec.withId("edit-strategy")).getText()).isEqualTo("Edit strategy");
		var stored = fixtures.owner()
			.selectFrom(STRATEGY_VERSION)
			.where(STRATEGY_VERSION.PRODUCT_ID.eq(product))
			.fetchSingle();
		assertThat(stored.getNumber()).isEqualTo(1);
		assertThat(stored.getVision()).isEqualTo("Every kite flyer finds wind in minutes.");
		assertThat(stored.getDelight()).isEqualTo("Wind forecasts at the tap of a button.");
		assertThat(stored.getHardToCopy()).isEqualTo("Wind data from a million flights.");
		assertThat(stored.getMargin()).isEqualTo("Subscriptions, no hardware.");
	}

	@Test
	void a_first_phase_that_is_not_current_is_refused_and_a_current_one_is_highlighted() {
		UUID tenant = fixtures.tenant("Phase One");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		UUID product = strategy.createProduct(new ProductDraft("Lantern", Market.CONSUMER, null)).id();
		navigate("products/" + product);
		_assertOne(Paragraph.class,
				spec -> spec.withText("No phases yet. Start with the little thing you will get big on."));
		_click(_get(Button.class, spec -> spec.withId("add-phase")));

		assertThat(phaseStatus().getValue()).as("the first phase is offered as current").isEqualTo(PhaseStatus.CURRENT);
		_setValue(phaseStatus(), PhaseStatus.FUTURE);
		_setValue(_get(TextArea.class, spec -> spec.withId("phase-statement")), "Get big on camping lanterns");
		_click(savePhase());

		assertThat(phaseStatus().isInvalid()).isTrue();
		assertThat(phaseStatus().getErrorMessage())
			.isEqualTo("Exactly one phase must be current: make another phase current instead.");
		assertThat(fixtures.owner().fetchCount(GLEE_PHASE, GLEE_PHASE.PRODUCT_ID.eq(product))).isZero();

		_setValue(phaseStatus(), PhaseStatus.CURRENT);
		_click(savePhase());

		assertThat(textOf(byId("current-phase"))).contains("Get big on a little thing", "Current",
				"Get big on camping lanterns");
		assertThat(fixtures.owner()
			.select(GLEE_PHASE.KIND, GLEE_PHASE.STATUS, GLEE_PHASE.STATEMENT)
			.from(GLEE_PHASE)
			.where(GLEE_PHASE.PRODUCT_ID.eq(product))
			.fetch()
			.map(r -> tuple(r.value1(), r.value2(), r.value3())))
			.containsExactly(tuple(PhaseKind.GET_BIG, PhaseStatus.CURRENT, "Get big on camping lanterns"));
	}

	@Test
	void a_new_theory_appears_in_the_smt_table_with_its_proxy_metric() {
		UUID tenant = fixtures.tenant("Theory Lab");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		UUID product = strategy.createProduct(new ProductDraft("Reel", Market.CONSUMER, null)).id();
		navigate("products/" + product);
		_assertOne(Paragraph.class, spec -> spec.withText(NO_THEORIES));
		_click(_get(Button.class, spec -> spec.withId("add-theory")));

		_setValue(_get(TextField.class, spec -> spec.withId("theory-title")),
				"Instant start will make watching effortless");
		@SuppressWarnings("unchecked")
		Select<Advantage> advantage = _get(Select.class, spec -> spec.withId("theory-advantage"));
		_setValue(advantage, Advantage.ECONOMIES_OF_SCALE);
		_setValue(_get(TextField.class, spec -> spec.withId("metric-name")), "Plays starting within one second");
		_setValue(_get(TextField.class, spec -> spec.withLabel("Unit")), "%");
		_setValue(_get(BigDecimalField.class, spec -> spec.withId("metric-current")), new BigDecimal("82"));
		_click(_get(Button.class, spec -> spec.withId("save-theory")));

		_assertNone(Paragraph.class, spec -> spec.withText(NO_THEORIES));
		var rows = smtRows();
		assertThat(rows).hasSize(1);
		assertThat(textOf(rows.getFirst())).contains("Instant start will make watching effortless",
				"Economies of scale", "Plays starting within one second", "Now: 82 %",
				"No hypotheses test this theory yet.");
		var stored = fixtures.owner()
			.selectFrom(STRATEGY_THEORY)
			.where(STRATEGY_THEORY.PRODUCT_ID.eq(product))
			.fetchSingle();
		assertThat(stored.getTitle()).isEqualTo("Instant start will make watching effortless");
		assertThat(stored.getAdvantage()).isEqualTo(Advantage.ECONOMIES_OF_SCALE);
		assertThat(stored.getMetricName()).isEqualTo("Plays starting within one second");
		assertThat(stored.getMetricUnit()).isEqualTo("%");
		assertThat(stored.getMetricCurrent()).isEqualByComparingTo("82");
	}

	@Test
	void a_viewer_sees_the_canvas_without_any_edit_button() {
		signInAs("vera@lumen.test");
		navigate("products/" + demoProduct("lumen", "Lumen Insights"));

		assertThat(_get(Paragraph.class, spec -> spec.withId("vision")).getText()).isEqualTo(LUMEN_VISION_2);
		_assertNone(Button.class, spec -> spec.withId("edit-strategy"));
		_assertNone(Button.class, spec -> spec.withId("add-phase"));
		_assertNone(Button.class, spec -> spec.withId("add-theory"));
		assertThat(_find(_get(StrategyCanvasView.class), Button.class)).extracting(Button::getText)
			.containsExactly("Print");
	}

	@Test
	void another_companys_product_is_not_found_and_nothing_of_it_shows() {
		UUID streamly = demoProduct("streamly", "Streamly");
		signInAs("eli@lumen.test");
		navigate("products/" + streamly);

		assertThat(textOf(byId("not-found"))).contains("Not found",
				"There is nothing here, or it is not shared with you.");
		_assertNone(StrategyCanvasView.class);
		assertThat(textOf(UI.getCurrent())).doesNotContain("Streamly", "independent cinema", "Personalisation");
	}

	@Test
	void a_malformed_product_id_is_not_found() {
		signInAs("eli@lumen.test");
		navigate("products/not-a-product");

		assertThat(textOf(byId("not-found"))).contains("Not found");
		_assertNone(StrategyCanvasView.class);
	}

	private List<Div> smtRows() {
		return _find(byId("smt"), Div.class, spec -> spec.withClasses("smt-row").withoutClasses("smt-head"));
	}

	private static TextArea area(String id) {
		return _get(TextArea.class, spec -> spec.withId(id));
	}

	private static Button saveStrategy() {
		return _get(Button.class, spec -> spec.withId("save-strategy"));
	}

	private static Button savePhase() {
		return _get(Button.class, spec -> spec.withId("save-phase"));
	}

	@SuppressWarnings("unchecked")
	private static Select<PhaseStatus> phaseStatus() {
		return _get(Select.class, spec -> spec.withId("phase-status"));
	}

	private int storedVersions(UUID product) {
		return fixtures.owner().fetchCount(STRATEGY_VERSION, STRATEGY_VERSION.PRODUCT_ID.eq(product));
	}

}
