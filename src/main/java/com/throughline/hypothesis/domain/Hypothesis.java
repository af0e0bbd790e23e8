package com.throughline.hypothesis.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * "We believe that &lt;change&gt; for &lt;whom&gt; will &lt;outcome&gt;; we will know
 * when &lt;proxy metric&gt; moves from &lt;baseline&gt; to &lt;target&gt; by
 * &lt;deadline&gt;." With its test method, owner, lifecycle status, and — once the test
 * ended — the observed value and the learning.
 */
public record Hypothesis(UUID id, UUID productId, String productName, @Nullable UUID theoryId,
		@Nullable String theoryTitle, String statement, @Nullable String metricName, @Nullable BigDecimal baseline,
		@Nullable BigDecimal target, Direction direction, @Nullable LocalDate deadline, @Nullable TestMethod method,
		@Nullable UUID ownerId, @Nullable String ownerName, HypothesisStatus status, @Nullable BigDecimal observed,
		@Nullable String learning, @Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime endedAt,
		@Nullable UUID supersedesId, OffsetDateTime updatedAt, int version) {

	/**
	 * The first missing piece of the success criteria, as a message key; empty when
	 * complete.
	 */
	public Optional<String> missingCriterion() {
		return draft().missingCriterion();
	}

	/** Whether an observed value reaches the target in the hypothesis' direction. */
	public boolean meetsTarget(BigDecimal value) {
		if (target == null) {
			return false;
		}
		int comparison = value.compareTo(target);
		return direction == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
	}

	public boolean overdue(LocalDate today) {
		return status == HypothesisStatus.TESTING && deadline != null && deadline.isBefore(today);
	}

	/** This hypothesis as an editable draft. */
	public HypothesisDraft draft() {
		return new HypothesisDraft(productId, theoryId, statement, metricName, baseline, target, direction, deadline,
				method, ownerId);
	}

}
