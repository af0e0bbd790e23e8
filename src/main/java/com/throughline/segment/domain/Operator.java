package com.throughline.segment.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How a prospect's observable fact is compared with a criterion's value. Numeric
 * comparisons need numbers on both sides; text comparisons ignore case.
 */
public enum Operator {

	EQ, NE, GTE, LTE, GT, LT, CONTAINS;

	public boolean numeric() {
		return this == GTE || this == LTE || this == GT || this == LT;
	}

	boolean holds(String fact, String value) {
		if (numeric()) {
			var left = number(fact);
			var right = number(value);
			if (left.isEmpty() || right.isEmpty()) {
				return false;
			}
			int comparison = left.get().compareTo(right.get());
			return switch (this) {
				case GTE -> comparison >= 0;
				case LTE -> comparison <= 0;
				case GT -> comparison > 0;
				default -> comparison < 0;
			};
		}
		String a = fact.strip().toLowerCase(Locale.ROOT);
		String b = value.strip().toLowerCase(Locale.ROOT);
		var numbers = number(fact).flatMap(x -> number(value).map(y -> x.compareTo(y) == 0));
		return switch (this) {
			case EQ -> numbers.orElse(a.equals(b));
			case NE -> !numbers.orElse(a.equals(b));
			default -> a.contains(b);
		};
	}

	static Optional<BigDecimal> number(String text) {
		try {
			return Optional.of(new BigDecimal(text.strip().replace(",", "")));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
