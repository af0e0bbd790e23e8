package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A product's roadmap shared with one client until a date, as the team sees it. */
public record Share(UUID id, UUID clientId, String clientName, UUID productId, String productName, boolean allItems,
		@Nullable String message, LocalDate expiresOn, @Nullable OffsetDateTime revokedAt, int views,
		@Nullable OffsetDateTime lastViewed, int version) {

	public boolean active(LocalDate today) {
		return revokedAt == null && !expiresOn.isBefore(today);
	}

}
