package com.throughline.segment.ui;

import java.math.BigDecimal;
import java.util.List;
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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
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
