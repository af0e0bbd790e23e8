package com.throughline.roadmap.domain;

import java.util.List;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A roadmap item as typed. Title ≤ 200 characters, theme ≤ 100, description and
 * client-facing texts ≤ 2,000, internal notes ≤ 4,000. A null quarter means Later.
 */
public record RoadmapItemDraft(@Nullable UUID productId, @Nullable String title, @Nullable String description,
		@Nullable String theme, @Nullable UUID theoryId, List<UUID> hypothesisIds, @Nullable Quarter quarter,
		@Nullable ItemStatus status, @Nullable Confidence confidence, @Nullable String internalNotes,
		@Nullable String buyerBenefit, @Nullable String userBenefit) {

	RoadmapItemDraft validated() {
		if (productId == null) {
			throw new InvalidInputException("product", "validation.required");
		}
		String name = text(title, "title", 200);
		if (name == null) {
			throw new InvalidInputException("title", "validation.required");
		}
		return new RoadmapItemDraft(productId, name, text(description, "description", 2000), text(theme, "theme", 100),
				theoryId, List.copyOf(hypothesisIds), quarter, status == null ? ItemStatus.PLANNED : status,
				confidence == null ? Confidence.MEDIUM : confidence, text(internalNotes, "internalNotes", 4000),
				text(buyerBenefit, "buyerBenefit", 2000), text(userBenefit, "userBenefit", 2000));
	}

	private static @Nullable String text(@Nullable String value, String field, int max) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.length() > max) {
			throw new InvalidInputException(field, "validation.too-long.max");
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

}
