package com.throughline.hypothesis.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A hypothesis as typed in its form. Statement ≤ 2,000 characters, metric name ≤ 200;
 * baseline and target have at most 14 digits before the point and 4 after.
 */
public record HypothesisDraft(@Nullable UUID productId, @Nullable UUID theoryId, @Nullable String statement,
		@Nullable String metricName, @Nullable BigDecimal baseline, @Nullable BigDecimal target,
		@Nullable Direction direction, @Nullable LocalDate deadline, @Nullable TestMethod method,
		@Nullable UUID ownerId) {

	public static final int STATEMENT_MAX = 2000;

	public static final int METRIC_MAX = 200;

	static final BigDecimal LARGEST = new BigDecimal("99999999999999");

	/**
	 * The same draft trimmed, or the first problem as an {@link InvalidInputException}.
	 */
	HypothesisDraft validated() {
		if (productId == null) {
			throw new InvalidInputException("product", "validation.required");
		}
		String text = statement == null ? "" : statement.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("statement", "hypothesis.statement.required");
		}
		if (text.length() > STATEMENT_MAX) {
			throw new InvalidInputException("statement", "validation.too-long.max");
		}
		String metric = metricName == null || metricName.isBlank() ? null : metricName.strip();
		if (metric != null && metric.length() > METRIC_MAX) {
			throw new InvalidInputException("metricName", "validation.too-long.max");
		}
		checkSize(baseline, "baseline");
		checkSize(target, "target");
		Direction way = direction == null ? Direction.INCREASE : direction;
		if (baseline != null && target != null) {
			int comparison = target.compareTo(baseline);
			if (comparison == 0) {
				throw new InvalidInputException("target", "hypothesis.target.equals-baseline");
			}
			if ((way == Direction.INCREASE) != (comparison > 0)) {
				throw new InvalidInputException("target", "hypothesis.target.wrong-side");
			}
		}
		return new HypothesisDraft(productId, theoryId, text, metric, baseline, target, way, deadline, method, ownerId);
	}

	/** The first missing piece of the success criteria, as a message key. */
	public Optional<String> missingCriterion() {
		if (metricName == null || metricName.isBlank()) {
			return Optional.of("hypothesis.missing.metric");
		}
		if (baseline == null) {
			return Optional.of("hypothesis.missing.baseline");
		}
		if (target == null) {
			return Optional.of("hypothesis.missing.target");
		}
		if (deadline == null) {
			return Optional.of("hypothesis.missing.deadline");
		}
		if (method == null) {
			return Optional.of("hypothesis.missing.method");
		}
		return Optional.empty();
	}

	/** Whether the success criteria differ from another draft's. */
	boolean criteriaDifferFrom(HypothesisDraft other) {
		return !java.util.Objects.equals(metricName, other.metricName) || !same(baseline, other.baseline)
				|| !same(target, other.target) || direction != other.direction
				|| !java.util.Objects.equals(deadline, other.deadline);
	}

	private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	static void checkSize(@Nullable BigDecimal value, String field) {
		if (value != null && (value.abs().compareTo(LARGEST) > 0 || value.scale() > 4)) {
			throw new InvalidInputException(field, "validation.number-too-large");
		}
	}

}
