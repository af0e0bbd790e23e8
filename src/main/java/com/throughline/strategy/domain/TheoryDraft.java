package com.throughline.strategy.domain;

import java.math.BigDecimal;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A strategy theory as typed. Title ≤ 300 characters, description ≤ 2,000, metric name ≤
 * 200, unit ≤ 50, definition ≤ 1,000; the current value has at most 14 digits before the
 * point. The client wording (≤ 300) is the theory as buyers may read it, as the why of
 * shared items; without it they see no why.
 */
public record TheoryDraft(@Nullable String title, @Nullable String description, @Nullable Advantage advantage,
		@Nullable String metricName, @Nullable String metricUnit, @Nullable String metricDefinition,
		@Nullable BigDecimal metricCurrent, @Nullable String clientWording) {

	public static final int TITLE_MAX = 300;

	/** A theory that clients never read. */
	public TheoryDraft(@Nullable String title, @Nullable String description, @Nullable Advantage advantage,
			@Nullable String metricName, @Nullable String metricUnit, @Nullable String metricDefinition,
			@Nullable BigDecimal metricCurrent) {
		this(title, description, advantage, metricName, metricUnit, metricDefinition, metricCurrent, null);
	}

	static final BigDecimal LARGEST = new BigDecimal("99999999999999");

	TheoryDraft validated() {
		if (metricCurrent != null && (metricCurrent.abs().compareTo(LARGEST) > 0 || metricCurrent.scale() > 4)) {
			throw new InvalidInputException("metricCurrent", "validation.number-too-large");
		}
		return new TheoryDraft(Texts.required(title, "title", TITLE_MAX),
				Texts.optional(description, "description", 2000), Texts.present(advantage, "advantage"),
				Texts.required(metricName, "metricName", 200), Texts.optional(metricUnit, "metricUnit", 50),
				Texts.optional(metricDefinition, "metricDefinition", 1000), metricCurrent,
				Texts.optional(clientWording, "clientWording", TITLE_MAX));
	}

}
