package com.throughline.segment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A segment as typed in its editor. Name ≤ 200 characters, description ≤ 2,000,
 * evaluation guide and scorecard ≤ 4,000; at least one observable criterion.
 */
public record SegmentDraft(@Nullable UUID productId, @Nullable String name, @Nullable String description,
		@Nullable Tier tier, List<Criterion> criteria, Personas personas, Economics economics,
		@Nullable String userEvaluation, @Nullable String buyerScorecard) {

	SegmentDraft validated() {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (trimmed.length() > 200) {
			throw new InvalidInputException("name", "validation.too-long");
		}
		if (tier == null) {
			throw new InvalidInputException("tier", "validation.required");
		}
		if (criteria.isEmpty()) {
			throw new InvalidInputException("criteria", "segment.criteria.required");
		}
		List<Criterion> valid = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			valid.add(criteria.get(i).validated(i));
		}
		return new SegmentDraft(productId, trimmed, Personas.text(description, "description", 2000), tier, valid,
				personas.validated(), economics.validated(), Personas.text(userEvaluation, "userEvaluation", 4000),
				Personas.text(buyerScorecard, "buyerScorecard", 4000));
	}

}
