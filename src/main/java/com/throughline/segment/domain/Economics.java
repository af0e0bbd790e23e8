package com.throughline.segment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The revenue math of a segment, in exact decimals: price per year × reachable count ×
 * conversion gives the annual revenue; the revenue target divided by the price gives the
 * customers needed. Money is rounded half-even to cents.
 */
public record Economics(@Nullable BigDecimal pricePerYear, @Nullable PricingUnit unit, @Nullable Long reachable,
		@Nullable BigDecimal conversionPercent, @Nullable BigDecimal revenueTarget,
		@Nullable BigDecimal buyerAnnualValue) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final BigDecimal LARGEST_PRICE = new BigDecimal("999999999999.99");

	/** Annual revenue = price × reachable × conversion %. */
	public Optional<BigDecimal> annualRevenue() {
		if (pricePerYear == null || reachable == null || conversionPercent == null) {
			return Optional.empty();
		}
		return Optional.of(pricePerYear.multiply(BigDecimal.valueOf(reachable))
			.multiply(conversionPercent)
			.divide(HUNDRED, 2, RoundingMode.HALF_EVEN));
	}

	/**
	 * Customers (users or accounts) the revenue target needs at this price, rounded up.
	 */
	public Optional<Long> customersNeeded() {
		if (revenueTarget == null || pricePerYear == null || pricePerYear.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(revenueTarget.divide(pricePerYear, 0, RoundingMode.CEILING).longValueExact());
	}

	/**
	 * The buyer's return: annual value delivered per unit of price (e.g. 3.5 means 3.5×).
	 */
	public Optional<BigDecimal> roiMultiple() {
		if (buyerAnnualValue == null || pricePerYear == null || pricePerYear.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(buyerAnnualValue.divide(pricePerYear, 1, RoundingMode.HALF_EVEN));
	}

	/** Months until the value delivered pays the price back. */
	public Optional<BigDecimal> paybackMonths() {
		if (buyerAnnualValue == null || buyerAnnualValue.signum() == 0 || pricePerYear == null) {
			return Optional.empty();
		}
		return Optional
			.of(pricePerYear.multiply(BigDecimal.valueOf(12)).divide(buyerAnnualValue, 1, RoundingMode.HALF_EVEN));
	}

	public Optional<SalesMotion> salesMotion(SalesThresholds thresholds) {
		return Optional.ofNullable(pricePerYear).map(thresholds::motionFor);
	}

	Economics validated() {
		check(pricePerYear, "pricePerYear", LARGEST_PRICE);
		check(revenueTarget, "revenueTarget", new BigDecimal("99999999999999.99"));
		check(buyerAnnualValue, "buyerAnnualValue", new BigDecimal("99999999999999.99"));
		if (reachable != null && reachable < 0) {
			throw new InvalidInputException("reachable", "validation.not-negative");
		}
		if (conversionPercent != null && (conversionPercent.signum() < 0 || conversionPercent.compareTo(HUNDRED) > 0
				|| conversionPercent.scale() > 2)) {
			throw new InvalidInputException("conversionPercent", "segment.conversion.range");
		}
		return new Economics(pricePerYear, unit == null ? PricingUnit.PER_ACCOUNT : unit, reachable, conversionPercent,
				revenueTarget, buyerAnnualValue);
	}

	private static void check(@Nullable BigDecimal amount, String field, BigDecimal largest) {
		if (amount == null) {
			return;
		}
		if (amount.signum() < 0) {
			throw new InvalidInputException(field, "validation.not-negative");
		}
		if (amount.compareTo(largest) > 0 || amount.scale() > 2) {
			throw new InvalidInputException(field, "validation.money");
		}
	}

}
