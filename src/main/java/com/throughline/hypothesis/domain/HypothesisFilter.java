package com.throughline.hypothesis.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the hypothesis grid narrows to; null means "any". */
public record HypothesisFilter(@Nullable UUID productId, @Nullable UUID theoryId, @Nullable HypothesisStatus status,
		@Nullable UUID ownerId, @Nullable TestMethod method, @Nullable String text) {

	public static final HypothesisFilter ANY = new HypothesisFilter(null, null, null, null, null, null);

	/** Whether nothing but (perhaps) a status narrows it. */
	boolean atMostStatus() {
		return noFieldButStatus() && !hasText();
	}

	private boolean noFieldButStatus() {
		return productId == null && theoryId == null && ownerId == null && method == null;
	}

	/** Whether a text narrows it (blank does not). */
	boolean hasText() {
		return text != null && !text.isBlank();
	}

}
