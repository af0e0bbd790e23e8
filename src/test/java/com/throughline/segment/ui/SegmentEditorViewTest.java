package com.throughline.segment.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.throughline.platform.security.Role;
import com.throughline.segment.domain.CriterionStrength;
import com.throughline.segment.domain.Operator;
import com.throughline.segment.domain.PricingUnit;
import com.throughline.segment.domain.SegmentService;
import com.throughline.segment.domain.Tier;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.throughline.db.Tables.SEGMENT;
import static com.throughline.db.Tables.SEGMENT_CRITERION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SegmentEditorViewTest extends KaribuTest {

	@Autowired
	SegmentService segments;

	UUID tenant;

	@BeforeEach
	void anEditorOfAFreshCompany() {
		tenant = fixtures.tenant("Editor Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
	}

	@Test
	void saving_without_a_criterion_asks_for_one_and_stores_nothing() {
		navigate("segments/new");
		_setValue(name(), "Mid-market");

		_click(save());

		assertThat(criteriaProblem().getText()).isEqualTo("Add at least one observable criterion.");
		_assertOne(SegmentEditorView.class);
		assertThat(storedSegments()).isZero();
	}

	@Test
	void a_numeric_comparison_with_a_word_as_its_value_is_refused_at_its_row() {
		navigate("segments/new");
		_setValue(name(), "Mid-market");
		_setValue(attribute(0), "employees");
		assertThat(operator(0).getValue()).isEqualTo(Operator.GTE);
		_setValue(value(0), "many");

		_click(save());

		assertThat(criteriaProblem().getText()).isEqualTo("This comparison needs a number as its value.");
		assertThat(value(0).isInvalid()).isTrue();
		assertThat(attribute(0).isInvalid()).isTrue();
		assertThat(storedSegments()).isZero();
	}

	@Test
	void a_conversion_of_150_percent_is_refused_next_to_the_conversion_field() {
		navigate("segments/new");
		_setValue(name(), "Mid-market");
		_setValue(attribute(0), "employees");
		_setValue(value(0), "200");
		_setValue(conversion(), new BigDecimal("150"));

		_click(save());

		assertThat(conversion().isInvalid()).isTrue();
		assertThat(conversion().getErrorMessage())
			.isEqualTo("Enter a percentage between 0 and 100, with at most 2 decimals.");
		assertThat(criteriaProblem().getText()).isEmpty();
		assertThat(storedSegments()).isZero();
	}

	@Test
	void the_revenue_math_follows_the_numbers_as_they_are_typed() {
		navigate("segments/new");
		assertThat(math().getText()).isEqualTo("Annual revenue — · customers needed — · —");

		_setValue(price(), new BigDecimal("49"));
		assertThat(math().getText()).isEqualTo("Annual revenue — · customers needed — · Self-serve, online promotion");
		_setValue(reachable(), new BigDecimal("40000"));
		_setValue(conversion(), new BigDecimal("6"));
		_setValue(_get(BigDecimalField.class, spec -> spec.withId("segment-target")), new BigDecimal("2000000"));

		assertThat(math().getText())
			.isEqualTo("Annual revenue $117,600 · customers needed 40,817 · Self-serve, online promotion");

		_setValue(price(), new BigDecimal("24000"));
		assertThat(math().getText())
			.isEqualTo("Annual revenue $57,600,000 · customers needed 84 · Field sales, long cycles");
	}

	@Test
	void a_valid_segment_is_saved_and_its_page_opens() {
		navigate("segments/new");
		_setValue(name(), "  Mid-market embedded ");
		@SuppressWarnings("unchecked")
		Select<Tier> tier = _get(Select.class, spec -> spec.withId("segment-tier"));
		_setValue(tier, Tier.MID_MARKET);
		_setValue(attribute(0), "employees");
		_setValue(value(0), "200");
		_click(_get(Button.class, spec -> spec.withId("add-criterion")));
		_setValue(attribute(1), "product type");
		assertThat(operator(1).getValue()).isEqualTo(Operator.EQ);
		_setValue(value(1), "B2B SaaS");
		_setValue(strength(1), CriterionStrength.STRONG_SIGNAL);
		_setValue(_get(TextField.class, spec -> spec.withLabel("Buyer title")), "VP Product");
		_setValue(_get(TextArea.class, spec -> spec.withId("segment-userJobs")), "Roadmap analytics features");
		_setValue(price(), new BigDecimal("12000"));
		_setValue(reachable(), new BigDecimal("3000"));
		_setValue(conversion(), new BigDecimal("8"));

		_click(save());

		expectNotifications("Segment saved");
		_assertNone(SegmentEditorView.class);
		_assertOne(SegmentView.class);
		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Mid-market embedded");
		var stored = fixtures.owner().selectFrom(SEGMENT).where(SEGMENT.TENANT_ID.eq(tenant)).fetchSingle();
		assertThat(stored.getName()).isEqualTo("Mid-market embedded");
		assertThat(stored.getTier()).isEqualTo(Tier.MID_MARKET);
		assertThat(stored.getBuyerTitle()).isEqualTo("VP Product");
		assertThat(stored.getUserJobs()).isEqualTo("Roadmap analytics features");
		assertThat(stored.getPricePerYear()).isEqualByComparingTo("12000");
		assertThat(stored.getPricingUnit()).isEqualTo(PricingUnit.PER_ACCOUNT);
		assertThat(stored.getReachableCount()).isEqualTo(3000L);
		assertThat(stored.getConversionPercent()).isEqualByComparingTo("8");
		assertThat(storedCriteria(stored.getId())).containsExactly(
				tuple("employees", Operator.GTE, "200", CriterionStrength.REQUIRED),
				tuple("product type", Operator.EQ, "B2B SaaS", CriterionStrength.STRONG_SIGNAL));
	}

	@Test
	void editing_changes_the_segment_and_its_criteria() {
		var created = segments.create(SegmentsViewTest.segment("Mid-market", "12000"));
		navigate("segments/" + created.id() + "/edit");
		assertThat(name().getValue()).isEqualTo("Mid-market");
		assertThat(attribute(0).getValue()).isEqualTo("employees");
		assertThat(value(0).getValue()).isEqualTo("200");
		assertThat(price().getValue()).isEqualByComparingTo("12000");

		_setValue(name(), "Upper mid-market");
		_setValue(value(0), "500");
		_setValue(_get(Checkbox.class, spec -> spec.withId("buyer-is-user")), true);
		_setValue(price(), new BigDecimal("25000"));
		_click(save());

		expectNotifications("Segment saved");
		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Upper mid-market");
		var stored = fixtures.owner()
			.selectFrom(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenant).and(SEGMENT.ID.eq(created.id())))
			.fetchSingle();
		assertThat(stored.getName()).isEqualTo("Upper mid-market");
		assertThat(stored.getBuyerIsUser()).isTrue();
		assertThat(stored.getPricePerYear()).isEqualByComparingTo("25000");
		assertThat(stored.getVersion()).isEqualTo(created.version() + 1);
		assertThat(storedCriteria(created.id()))
			.containsExactly(tuple("employees", Operator.GTE, "500", CriterionStrength.REQUIRED));
		assertThat(fixtures.owner().fetchCount(SEGMENT, SEGMENT.TENANT_ID.eq(tenant))).isOne();
	}

	@Test
	void a_viewer_cannot_open_the_editor() {
		var created = segments.create(SegmentsViewTest.segment("Mid-market", "12000"));
		signInAs(fixtures.personIn(tenant, Role.VIEWER));

		assertThatThrownBy(() -> navigate("segments/new")).isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> navigate("segments/" + created.id() + "/edit"))
			.isInstanceOf(MockAccessDeniedException.class);
		_assertNone(SegmentEditorView.class);
	}

	private static TextField name() {
		return _get(TextField.class, spec -> spec.withId("segment-name"));
	}

	private static Button save() {
		return _get(Button.class, spec -> spec.withId("save-segment"));
	}

	private static Span criteriaProblem() {
		return _get(Span.class, spec -> spec.withId("criteria-problem"));
	}

	private static TextField attribute(int row) {
		return _find(byId("criteria"), TextField.class, spec -> spec.withClasses("criterion-attribute")).get(row);
	}

	private static TextField value(int row) {
		return _find(byId("criteria"), TextField.class, spec -> spec.withClasses("criterion-value")).get(row);
	}

	@SuppressWarnings("unchecked")
	private static Select<Operator> operator(int row) {
		return (Select<Operator>) _find(byId("criteria"), Select.class).get(2 * row);
	}

	@SuppressWarnings("unchecked")
	private static Select<CriterionStrength> strength(int row) {
		return (Select<CriterionStrength>) _find(byId("criteria"), Select.class).get(2 * row + 1);
	}

	private static BigDecimalField price() {
		return _get(BigDecimalField.class, spec -> spec.withId("segment-price"));
	}

	private static BigDecimalField reachable() {
		return _get(BigDecimalField.class, spec -> spec.withId("segment-reachable"));
	}

	private static BigDecimalField conversion() {
		return _get(BigDecimalField.class, spec -> spec.withId("segment-conversion"));
	}

	private static Paragraph math() {
		return _get(Paragraph.class, spec -> spec.withId("segment-math"));
	}

	private int storedSegments() {
		return fixtures.owner().fetchCount(SEGMENT, SEGMENT.TENANT_ID.eq(tenant));
	}

	private List<org.assertj.core.groups.Tuple> storedCriteria(UUID segment) {
		return fixtures.owner()
			.select(SEGMENT_CRITERION.ATTRIBUTE, SEGMENT_CRITERION.OPERATOR, SEGMENT_CRITERION.VALUE,
					SEGMENT_CRITERION.STRENGTH)
			.from(SEGMENT_CRITERION)
			.where(SEGMENT_CRITERION.TENANT_ID.eq(tenant).and(SEGMENT_CRITERION.SEGMENT_ID.eq(segment)))
			.orderBy(SEGMENT_CRITERION.POSITION)
			.fetch()
			.map(r -> tuple(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	@Test
	void a_reachable_count_too_large_to_store_is_not_called_negative() {
		navigate("segments/new");
		_setValue(name(), "Everyone");
		_setValue(attribute(0), "employees");
		_setValue(value(0), "1");
		_setValue(reachable(), new BigDecimal("100000000000000000000"));

		_click(save());

		assertThat(reachable().isInvalid()).isTrue();
		assertThat(reachable().getErrorMessage()).isNotBlank().isNotEqualTo("Must not be negative.");
		assertThat(storedSegments()).isZero();
	}

}
