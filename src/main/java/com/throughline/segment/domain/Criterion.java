package com.throughline.segment.domain;

import java.util.Map;
import java.util.Optional;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One observable, checkable qualification criterion, e.g. "employees ≥ 500" or "region =
 * EU". Attribute ≤ 100 characters, value ≤ 200.
 */
public record Criterion(@Nullable String attribute, @Nullable Operator operator, @Nullable String value,
		@Nullable CriterionStrength strength) {

	/** Whether a prospect's facts meet this criterion; a missing fact does not. */
	public boolean metBy(Map<String, String> facts) {
		return fact(facts).map(fact -> operator.holds(fact, value)).orElse(false);
	}

	private Optional<String> fact(Map<String, String> facts) {
		return facts.entrySet()
			.stream()
			.filter(e -> e.getKey().strip().equalsIgnoreCase(attribute.strip()))
			.map(Map.Entry::getValue)
			.filter(v -> v != null && !v.isBlank())
			.findFirst();
	}

	/**
	 * The same criterion trimmed; {@code index} names the row in a refusal
	 * ("criteria.3").
	 */
	Criterion validated(int index) {
		String field = "criteria." + index;
		String name = attribute == null ? "" : attribute.strip();
		String expected = value == null ? "" : value.strip();
		if (name.isEmpty()) {
			throw new InvalidInputException(field, "criterion.attribute.required");
		}
		if (expected.isEmpty()) {
			throw new InvalidInputException(field, "criterion.value.required");
		}
		if (operator == null || strength == null) {
			throw new InvalidInputException(field, "validation.required");
		}
		if (name.length() > 100 || expected.length() > 200) {
			throw new InvalidInputException(field, "validation.too-long.max");
		}
		if (operator.numeric() && Operator.number(expected).isEmpty()) {
			throw new InvalidInputException(field, "criterion.value.number");
		}
		return new Criterion(name, operator, expected, strength);
	}

	@Override
	public String toString() {
		return attribute + " " + operator + " " + value;
	}

}
