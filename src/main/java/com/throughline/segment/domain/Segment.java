package com.throughline.segment.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer segment, defined by observable criteria, with its personas and its
 * economics.
 */
public record Segment(UUID id, @Nullable UUID productId, String name, @Nullable String description, Tier tier,
		List<Criterion> criteria, Personas personas, Economics economics, @Nullable String userEvaluation,
		@Nullable String buyerScorecard, boolean archived, int version) {

	public SegmentDraft draft() {
		return new SegmentDraft(productId, name, description, tier, criteria, personas, economics, userEvaluation,
				buyerScorecard);
	}

}
