package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A shared roadmap as one client persona sees it: only shared, shareable items, with only
 * that persona's text. Never confidence, internal notes or hypotheses.
 */
public record SharedRoadmap(String companyName, String clientName, String productName, @Nullable String message,
		Persona persona, LocalDate expiresOn, List<SharedItem> items) {

	/**
	 * One item: title, quarter (null: later), status, the persona's benefit and, for
	 * buyers, the why.
	 */
	public record SharedItem(UUID id, String title, @Nullable LocalDate quarterStart, String status, String benefit,
			@Nullable String why) {

	}

}
