package com.throughline.segment.domain;

import java.math.BigDecimal;

import com.throughline.platform.InvalidInputException;

/**
 * The price points where the sales motion changes, per company: below
 * {@code selfServeBelow} a year, people buy online on their own; from
 * {@code fieldSalesFrom}, deals need field sales with long cycles; in between, inside
 * sales.
 */
public record SalesThresholds(BigDecimal selfServeBelow, BigDecimal fieldSalesFrom, int version) {

	public static final SalesThresholds DEFAULT = new SalesThresholds(new BigDecimal("500"), new BigDecimal("20000"),
			0);

	public SalesMotion motionFor(BigDecimal pricePerYear) {
		if (pricePerYear.compareTo(selfServeBelow) < 0) {
			return SalesMotion.SELF_SERVE;
		}
		return pricePerYear.compareTo(fieldSalesFrom) >= 0 ? SalesMotion.FIELD_SALES : SalesMotion.INSIDE_SALES;
	}

	SalesThresholds validated() {
		if (selfServeBelow == null || selfServeBelow.signum() <= 0) {
			throw new InvalidInputException("selfServeBelow", "segment.threshold.positive");
		}
		storable(selfServeBelow, "selfServeBelow");
		storable(fieldSalesFrom, "fieldSalesFrom");
		if (fieldSalesFrom == null || fieldSalesFrom.compareTo(selfServeBelow) <= 0) {
			throw new InvalidInputException("fieldSalesFrom", "segment.threshold.order");
		}
		return this;
	}

	private static void storable(BigDecimal amount, String field) {
		if (amount != null && (amount.compareTo(Economics.LARGEST_PRICE) > 0 || amount.scale() > 2)) {
			throw new InvalidInputException(field, "validation.money");
		}
	}

}
