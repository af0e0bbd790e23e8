package com.throughline.roadmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item on a product's roadmap, with the "why" (the theory and hypotheses it serves),
 * its internal planning data and its two client-facing texts.
 */
public record RoadmapItem(UUID id, UUID productId, String title, @Nullable String description, @Nullable String theme,
		@Nullable UUID theoryId, @Nullable String theoryTitle, List<UUID> hypothesisIds, @Nullable Quarter quarter,
		int position, ItemStatus status, Confidence confidence, @Nullable String internalNotes,
		@Nullable String buyerBenefit, @Nullable String userBenefit, int version) {

	/** Shareable with clients only once both client-facing texts are written. */
	public boolean shareable() {
		return buyerBenefit != null && userBenefit != null;
	}

	/** Left in a past quarter without shipping. */
	public boolean slipped(LocalDate today) {
		return quarter != null && quarter.before(Quarter.of(today)) && status != ItemStatus.SHIPPED
				&& status != ItemStatus.PARKED;
	}

	public RoadmapItemDraft draft() {
		return new RoadmapItemDraft(productId, title, description, theme, theoryId, hypothesisIds, quarter, status,
				confidence, internalNotes, buyerBenefit, userBenefit);
	}

}
