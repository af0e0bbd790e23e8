package com.throughline.strategy.domain;

import org.jspecify.annotations.Nullable;

/**
 * A GLEe phase as typed. Statement and trend ≤ 1,000 characters, horizon ≤ 100, learnings
 * ≤ 4,000.
 */
public record PhaseDraft(@Nullable PhaseKind kind, @Nullable String statement, @Nullable String trend,
		@Nullable String horizon, @Nullable PhaseStatus status, @Nullable String learnings) {

	public static final int STATEMENT_MAX = 1000;

	public static final int HORIZON_MAX = 100;

	public static final int LEARNINGS_MAX = 4000;

	PhaseDraft validated() {
		return new PhaseDraft(Texts.present(kind, "kind"), Texts.required(statement, "statement", STATEMENT_MAX),
				Texts.optional(trend, "trend", STATEMENT_MAX), Texts.optional(horizon, "horizon", HORIZON_MAX),
				Texts.present(status, "status"), Texts.optional(learnings, "learnings", LEARNINGS_MAX));
	}

}
