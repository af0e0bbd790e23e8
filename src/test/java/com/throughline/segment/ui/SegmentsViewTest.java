package com.throughline.segment.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.segment.domain.Criterion;
import com.throughline.segment.domain.CriterionStrength;
import com.throughline.segment.domain.Economics;
import com.throughline.segment.domain.Operator;
import com.throughline.segment.domain.Personas;
import com.throughline.segment.domain.PricingUnit;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentDraft;
import com.throughline.segment.domain.SegmentService;
import com.throughline.segment.domain.Tier;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SegmentsViewTest extends KaribuTest {

	static final String ORDER = "Field sales must start above the self-serve limit.";

	@Autowired
	SegmentService segments;

	@Test
	void lumens_segments_are_listed_with_their_revenue_and_sales_motion_and_a_viewer_cannot_create_one() {
		signInAs("vera@lumen.test");
		navigate("segments");

		var grid = grid();
		assertThat(shownIn(grid, "Segment name")).containsExactly("Enterprise operations", "Mid-market embedded",
				"SMB self-serve");
		assertThat(shownIn(grid, "Tier")).containsExactly("Enterprise", "Mid-market", "SMB");
		assertThat(shownIn(grid, "Price per year")).containsExactly("$90,000 per account", "$12,000 per account",
				"$49 per user");
		assertThat(shownIn(grid, "Annual revenue")).containsExactly("$3,600,000", "$2,880,000", "$117,600");
		assertThat(shownIn(grid, "Customers needed for the target")).containsExactly("56", "250", "40,817");
		assertThat(shownIn(grid, "Sales motion")).containsExactly("Field sales, long cycles", "Inside sales",
				"Self-serve, online promotion");
		_assertNone(Button.class, spec -> spec.withId("create-segment"));
		_assertNone(BigDecimalField.class, spec -> spec.withId("self-serve-below"));
	}

	@Test
	void an_editor_may_create_a_segment_but_does_not_see_the_thresholds() {
		signInAs("eli@lumen.test");
		navigate("segments");

		assertThat(_get(Button.class, spec -> spec.withId("create-segment")).getText()).isEqualTo("New segment");
		_assertNone(BigDecimalField.class, spec -> spec.withId("self-serve-below"));
		_click(_get(Button.class, spec -> spec.withId("create-segment")));
		_assertOne(SegmentEditorView.class);
	}

	@Test
	void a_company_without_segments_tells_a_viewer_who_defines_them() {
		signInAs(fixtures.personIn(fixtures.tenant("Empty Co"), Role.VIEWER));
		navigate("segments");

		_assertOne(Paragraph.class, spec -> spec.withText("No segments yet. Your product team will define them."));
		_assertNone(Grid.class, spec -> spec.withId("segments"));
		_assertNone(SegmentChart.class);
		_assertNone(Paragraph.class, spec -> spec.withId("nothing-to-chart"));
	}

	@Test
	void an_admin_sees_the_thresholds_and_an_out_of_order_pair_is_refused_next_to_the_field() {
		UUID tenant = fixtures.tenant("Threshold Co");
		signInAs(fixtures.personIn(tenant, Role.ADMIN));
		segments.create(segment("Mid-market", "12000"));
		navigate("segments");
		assertThat(shownIn(grid(), "Sales motion")).containsExactly("Inside sales");
		assertThat(selfServe().getValue()).isEqualByComparingTo("500");
		assertThat(fieldSales().getValue()).isEqualByComparingTo("20000");

		_setValue(selfServe(), new BigDecimal("30000"));
		_click(_get(Button.class, spec -> spec.withId("save-thresholds")));

		assertThat(fieldSales().isInvalid()).isTrue();
		assertThat(fieldSales().getErrorMessage()).isEqualTo(ORDER);
		assertThat(storedThresholds(tenant)).containsExactly(new BigDecimal("500.00"), new BigDecimal("20000.00"));
		assertThat(shownIn(grid(), "Sales motion")).containsExactly("Inside sales");

		_setValue(selfServe(), new BigDecimal("15000"));
		_setValue(fieldSales(), new BigDecimal("40000"));
		_click(_get(Button.class, spec -> spec.withId("save-thresholds")));

		expectNotifications("Sales thresholds saved");
		assertThat(fieldSales().isInvalid()).isFalse();
		assertThat(shownIn(grid(), "Sales motion")).containsExactly("Self-serve, online promotion");
		assertThat(storedThresholds(tenant)).containsExactly(new BigDecimal("15000.00"), new BigDecimal("40000.00"));
	}

	@Test
	void show_archived_reveals_an_archived_segment_marked_as_archived() {
		signInAs(fixtures.personIn(fixtures.tenant("Archive Co"), Role.EDITOR));
		segments.create(segment("Current", "100"));
		Segment old = segments.create(segment("Old", "100"));
		segments.setArchived(old.id(), true, old.version());
		navigate("segments");
		assertThat(shownIn(grid(), "Segment name")).containsExactly("Current");

		_setValue(_get(Checkbox.class, spec -> spec.withLabel("Show archived segments")), true);

		assertThat(shownIn(grid(), "Segment name")).containsExactly("Current", "Old · Archived");
	}

	@Test
	void the_charts_plot_lumens_revenue_per_segment_and_price_against_reachable_and_needed_counts() {
		signInAs("vera@lumen.test");
		navigate("segments");

		var revenue = revenueChart();
		assertThat(revenue.title()).isEqualTo("Annual revenue per segment");
		assertThat(revenue.valueAxis()).isEqualTo("Annual revenue");
		assertThat(revenue.currency()).isEqualTo("USD");
		assertThat(revenue.bars()).extracting(RevenueChart.Bar::segment, RevenueChart.Bar::revenue)
			.containsExactly(tuple("Enterprise operations", 3_600_000.0), tuple("Mid-market embedded", 2_880_000.0),
					tuple("SMB self-serve", 117_600.0));
		assertThat(revenue.bars().get(2).tooltip()).isEqualTo("SMB self-serve: $117,600 a year");

		var paths = priceVolumeChart();
		assertThat(paths.title()).isEqualTo("Price × count: the ways to each revenue target");
		assertThat(paths.priceAxis()).isEqualTo("Price per year (log scale)");
		assertThat(paths.countAxis()).isEqualTo("Users or accounts (log scale)");
		assertThat(paths.series()).extracting(PriceVolumeChart.Series::name)
			.containsExactly("Reachable users or accounts", "Customers needed for the target");
		assertThat(points(paths.series().get(0))).containsExactly(tuple("Enterprise operations", 90_000.0, 400.0),
				tuple("Mid-market embedded", 12_000.0, 3_000.0), tuple("SMB self-serve", 49.0, 40_000.0));
		assertThat(points(paths.series().get(1))).containsExactly(tuple("Enterprise operations", 90_000.0, 56.0),
				tuple("Mid-market embedded", 12_000.0, 250.0), tuple("SMB self-serve", 49.0, 40_817.0));
		assertThat(paths.series().get(1).points().get(2).tooltip())
			.isEqualTo("SMB self-serve: $49 × 40,817 customers needed for $2,000,000");
		assertThat(paths.references()).extracting(PriceVolumeChart.Series::name)
			.containsExactly("$2,000,000 a year", "$3,000,000 a year", "$5,000,000 a year");
		var fiveMillion = paths.references().get(2);
		assertThat(points(fiveMillion)).containsExactly(tuple("", 50.0, 100_000.0), tuple("", 500.0, 10_000.0),
				tuple("", 5_000.0, 1_000.0), tuple("", 50_000.0, 100.0), tuple("", 500_000.0, 10.0));
		assertThat(fiveMillion.points().get(0).tooltip()).isEqualTo("$50 × 100,000 = $5,000,000 a year");
		assertThat(byId("revenue-chart").getElement().getAttribute("aria-label"))
			.isEqualTo("Annual revenue per segment");
		_assertNone(Paragraph.class, spec -> spec.withId("nothing-to-chart"));
	}

	@Test
	void the_charts_speak_the_readers_language_in_the_companys_currency() {
		UUID tenant = fixtures.tenant("Euro Co");
		fixtures.owner().update(TENANT).set(TENANT.CURRENCY, "EUR").where(TENANT.ID.eq(tenant)).execute();
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		segments.create(segment("Talleres", "1200"));
		UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
		navigate("segments");

		var revenue = revenueChart();
		assertThat(revenue.title()).isEqualTo("Ingresos anuales por segmento");
		assertThat(revenue.currency()).isEqualTo("EUR");
		assertThat(revenue.locale()).isEqualTo("es");
		assertThat(revenue.bars()).extracting(RevenueChart.Bar::tooltip)
			.containsExactly("Talleres: 12.000\u00a0€ al año");
		var paths = priceVolumeChart();
		assertThat(paths.priceAxis()).isEqualTo("Precio anual (escala logarítmica)");
		assertThat(paths.countAxis()).isEqualTo("Usuarios o cuentas (escala logarítmica)");
		assertThat(paths.series()).extracting(PriceVolumeChart.Series::name)
			.containsExactly("Usuarios o cuentas alcanzables", "Clientes necesarios para el objetivo");
		assertThat(paths.series().get(0).points()).extracting(PriceVolumeChart.Point::tooltip)
			.containsExactly("Talleres: 1.200\u00a0€ × 100 alcanzables");
		assertThat(paths.references()).extracting(PriceVolumeChart.Series::name)
			.containsExactly("5.000.000\u00a0€ al año");

		UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
		navigate("segments/check");
		navigate("segments");
		assertThat(revenueChart().title()).isEqualTo("各细分市场的年收入");
		assertThat(priceVolumeChart().references()).extracting(PriceVolumeChart.Series::name)
			.containsExactly("每年 €5,000,000");
	}

	@Test
	void the_charts_follow_the_archived_filter() {
		signInAs(fixtures.personIn(fixtures.tenant("Archived Chart Co"), Role.EDITOR));
		segments.create(segment("Current", "100"));
		Segment old = segments.create(segment("Old", "5000"));
		segments.setArchived(old.id(), true, old.version());
		navigate("segments");
		assertThat(revenueChart().bars()).extracting(RevenueChart.Bar::segment).containsExactly("Current");
		assertThat(points(priceVolumeChart().series().get(0))).containsExactly(tuple("Current", 100.0, 100.0));

		_setValue(_get(Checkbox.class, spec -> spec.withLabel("Show archived segments")), true);

		assertThat(revenueChart().bars()).extracting(RevenueChart.Bar::segment, RevenueChart.Bar::revenue)
			.containsExactly(tuple("Current", 1_000.0), tuple("Old · Archived", 50_000.0));
		var paths = priceVolumeChart();
		assertThat(points(paths.series().get(0))).containsExactly(tuple("Current", 100.0, 100.0),
				tuple("Old · Archived", 5_000.0, 100.0));
		assertThat(paths.series().get(1).points()).as("no segment has a revenue target").isEmpty();
		assertThat(paths.references()).as("the essay's example instead")
			.extracting(PriceVolumeChart.Series::name)
			.containsExactly("$5,000,000 a year");

		_setValue(_get(Checkbox.class, spec -> spec.withLabel("Show archived segments")), false);

		assertThat(revenueChart().bars()).extracting(RevenueChart.Bar::segment).containsExactly("Current");
	}

	@Test
	void a_segment_without_economics_is_listed_but_not_charted() {
		signInAs(fixtures.personIn(fixtures.tenant("No Numbers Co"), Role.EDITOR));
		var draft = segment("Unpriced", "1");
		segments.create(new SegmentDraft(null, draft.name(), null, draft.tier(), draft.criteria(), draft.personas(),
				new Economics(null, PricingUnit.PER_ACCOUNT, null, null, null, null), null, null));
		navigate("segments");

		assertThat(shownIn(grid(), "Segment name")).containsExactly("Unpriced");
		_assertNone(SegmentChart.class);
		assertThat(_get(Paragraph.class, spec -> spec.withId("nothing-to-chart")).getText())
			.isEqualTo("Give a segment a price, a reachable count and a conversion rate to see it in the charts.");
	}

	private static RevenueChart revenueChart() {
		return _get(SegmentChart.class, spec -> spec.withId("revenue-chart")).shown(RevenueChart.class);
	}

	private static PriceVolumeChart priceVolumeChart() {
		return _get(SegmentChart.class, spec -> spec.withId("price-volume-chart")).shown(PriceVolumeChart.class);
	}

	/** (segment, price, count) of each point, as plotted. */
	private static List<Tuple> points(PriceVolumeChart.Series series) {
		return series.points().stream().map(p -> tuple(p.label(), p.price(), p.count())).toList();
	}

	@SuppressWarnings("unchecked")
	private static Grid<Segment> grid() {
		return _get(Grid.class, spec -> spec.withId("segments"));
	}

	private static BigDecimalField selfServe() {
		return _get(BigDecimalField.class, spec -> spec.withId("self-serve-below"));
	}

	private static BigDecimalField fieldSales() {
		return _get(BigDecimalField.class, spec -> spec.withId("field-sales-from"));
	}

	private List<BigDecimal> storedThresholds(UUID tenant) {
		var row = fixtures.owner()
			.select(TENANT.SELF_SERVE_BELOW, TENANT.FIELD_SALES_FROM)
			.from(TENANT)
			.where(TENANT.ID.eq(tenant))
			.fetchSingle();
		return List.of(row.value1(), row.value2());
	}

	static SegmentDraft segment(String name, String price) {
		return new SegmentDraft(null, name, null, Tier.MID_MARKET,
				List.of(new Criterion("employees", Operator.GTE, "200", CriterionStrength.REQUIRED)),
				new Personas(false, null, null, null, null, null, null, null, null, null),
				new Economics(new BigDecimal(price), PricingUnit.PER_ACCOUNT, 100L, new BigDecimal("10"), null, null),
				null, null);
	}

	@Test
	void a_threshold_too_large_to_store_is_refused_next_to_the_field() {
		UUID tenant = fixtures.tenant("Large Threshold Co");
		signInAs(fixtures.personIn(tenant, Role.ADMIN));
		navigate("segments");

		_setValue(fieldSales(), new BigDecimal("1000000000000000"));
		_click(_get(Button.class, spec -> spec.withId("save-thresholds")));

		assertThat(fieldSales().isInvalid()).isTrue();
		assertThat(fieldSales().getErrorMessage()).isNotBlank();
		assertThat(storedThresholds(tenant)).containsExactly(new BigDecimal("500.00"), new BigDecimal("20000.00"));
	}

}
