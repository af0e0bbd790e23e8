package com.throughline.segment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The revenue math, the sales-motion thresholds and qualification matching, in exact
 * decimals.
 */
class SegmentMathTest {

	@ParameterizedTest(name = "{0} × {1} at {2} % = {3}")
	@CsvSource({ "50, 100000, 100, 5000000.00", "500, 10000, 100, 5000000.00", "5000, 1000, 100, 5000000.00",
			"50000, 100, 100, 5000000.00", "500000, 10, 100, 5000000.00", "19.99, 3, 33.33, 19.99",
			"0.10, 1, 0.05, 0.00", "99.95, 1000, 2.5, 2498.75" })
	void annual_revenue_is_price_times_count_times_conversion_rounded_to_cents(String price, long count,
			String conversion, String revenue) {
		var economics = new Economics(new BigDecimal(price), PricingUnit.PER_USER, count, new BigDecimal(conversion),
				null, null);

		assertThat(economics.annualRevenue()).contains(new BigDecimal(revenue));
	}

	@Test
	void customers_needed_round_up_and_need_a_price() {
		var fiveMillion = new BigDecimal("5000000");
		assertThat(economics("50", fiveMillion).customersNeeded()).contains(100_000L);
		assertThat(economics("30000", fiveMillion).customersNeeded()).contains(167L);
		assertThat(economics("0", fiveMillion).customersNeeded()).isEmpty();
		assertThat(new Economics(null, null, null, null, fiveMillion, null).customersNeeded()).isEmpty();
	}

	@Test
	void the_buyer_scorecard_gives_roi_and_payback() {
		var economics = new Economics(new BigDecimal("20000"), PricingUnit.PER_ACCOUNT, null, null, null,
				new BigDecimal("60000"));

		assertThat(economics.roiMultiple()).contains(new BigDecimal("3.0"));
		assertThat(economics.paybackMonths()).contains(new BigDecimal("4.0"));
	}

	@ParameterizedTest(name = "{0} a year → {1}")
	@CsvSource({ "49, SELF_SERVE", "499.99, SELF_SERVE", "500, INSIDE_SALES", "5000, INSIDE_SALES",
			"19999.99, INSIDE_SALES", "20000, FIELD_SALES", "500000, FIELD_SALES" })
	void the_sales_motion_follows_the_default_thresholds(String price, SalesMotion motion) {
		assertThat(SalesThresholds.DEFAULT.motionFor(new BigDecimal(price))).isEqualTo(motion);
	}

	@Test
	void adjusted_thresholds_move_the_motion_and_must_stay_in_order() {
		var adjusted = new SalesThresholds(new BigDecimal("1000"), new BigDecimal("10000"), 0);
		assertThat(adjusted.motionFor(new BigDecimal("800"))).isEqualTo(SalesMotion.SELF_SERVE);
		assertThat(adjusted.motionFor(new BigDecimal("12000"))).isEqualTo(SalesMotion.FIELD_SALES);

		assertThatThrownBy(() -> new SalesThresholds(new BigDecimal("1000"), new BigDecimal("900"), 0).validated())
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("fieldSalesFrom"));
		assertThatThrownBy(() -> new SalesThresholds(BigDecimal.ZERO, new BigDecimal("900"), 0).validated())
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void absurd_numbers_are_refused_with_the_field_named() {
		assertThat(refused(new Economics(new BigDecimal("-1"), null, null, null, null, null)))
			.isEqualTo("pricePerYear");
		assertThat(refused(new Economics(null, null, -5L, null, null, null))).isEqualTo("reachable");
		assertThat(refused(new Economics(null, null, null, new BigDecimal("100.5"), null, null)))
			.isEqualTo("conversionPercent");
		assertThat(refused(new Economics(null, null, null, new BigDecimal("-0.1"), null, null)))
			.isEqualTo("conversionPercent");
		assertThat(refused(new Economics(new BigDecimal("1.999"), null, null, null, null, null)))
			.isEqualTo("pricePerYear");
	}

	@Test
	void a_prospect_qualifies_when_every_required_criterion_is_met() {
		var enterprise = segment(criterion("employees", Operator.GTE, "500", CriterionStrength.REQUIRED),
				criterion("ERP", Operator.CONTAINS, "S/4HANA", CriterionStrength.REQUIRED),
				criterion("region", Operator.EQ, "EU", CriterionStrength.STRONG_SIGNAL));

		var fit = Qualification.of(enterprise, Map.of("Employees", "1,200", "erp", "SAP S/4HANA", "region", "US"));
		var miss = Qualification.of(enterprise, Map.of("employees", "120", "region", "eu"));

		assertThat(fit.qualifies()).isTrue();
		assertThat(fit.missingSignals()).extracting(Criterion::attribute).containsExactly("region");
		assertThat(miss.qualifies()).isFalse();
		assertThat(miss.missingRequired()).extracting(Criterion::attribute).containsExactly("employees", "ERP");
		assertThat(miss.met()).extracting(Criterion::attribute).containsExactly("region");
	}

	@Test
	void numeric_criteria_need_numbers_and_text_alone_is_not_a_criterion() {
		assertThatThrownBy(() -> criterion("employees", Operator.GTE, "many", CriterionStrength.REQUIRED).validated(0))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("criterion.value.number"));
		assertThatThrownBy(() -> criterion(" ", Operator.EQ, "EU", CriterionStrength.REQUIRED).validated(2))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("criteria.2"));
		assertThat(
				criterion("employees", Operator.GT, "10", CriterionStrength.REQUIRED).metBy(Map.of("employees", "ten")))
			.isFalse();
	}

	private static Economics economics(String price, BigDecimal target) {
		return new Economics(new BigDecimal(price), PricingUnit.PER_USER, null, null, target, null);
	}

	private static String refused(Economics economics) {
		try {
			economics.validated();
		}
		catch (InvalidInputException ex) {
			return ex.field();
		}
		throw new AssertionError("expected a refusal");
	}

	private static Criterion criterion(String attribute, Operator operator, String value, CriterionStrength strength) {
		return new Criterion(attribute, operator, value, strength);
	}

	private static Segment segment(Criterion... criteria) {
		return new Segment(UUID.randomUUID(), null, "Enterprise", null, Tier.ENTERPRISE, List.of(criteria),
				new Personas(false, null, null, null, null, null, null, null, null, null),
				new Economics(null, null, null, null, null, null), null, null, false, 0);
	}

}
