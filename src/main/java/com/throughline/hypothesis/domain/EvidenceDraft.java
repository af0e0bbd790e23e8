package com.throughline.hypothesis.domain;

import java.time.LocalDate;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Evidence as typed. Summary ≤ 4,000 characters, source ≤ 500, link an http(s) address ≤
 * 2,000.
 */
public record EvidenceDraft(@Nullable EvidenceKind kind, @Nullable LocalDate observedOn, @Nullable String summary,
		@Nullable String source, @Nullable String link) {

	public static final int SUMMARY_MAX = 4000;

	EvidenceDraft validated(LocalDate today) {
		if (kind == null) {
			throw new InvalidInputException("kind", "validation.required");
		}
		if (observedOn == null) {
			throw new InvalidInputException("observedOn", "validation.required");
		}
		if (observedOn.isAfter(today)) {
			throw new InvalidInputException("observedOn", "evidence.date-in-future");
		}
		String text = summary == null ? "" : summary.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("summary", "validation.required");
		}
		if (text.length() > SUMMARY_MAX) {
			throw new InvalidInputException("summary", "validation.too-long.max");
		}
		String from = source == null || source.isBlank() ? null : source.strip();
		if (from != null && from.length() > 500) {
			throw new InvalidInputException("source", "validation.too-long.max");
		}
		String url = link == null || link.isBlank() ? null : link.strip();
		if (url != null && (url.length() > 2000 || !url.matches("(?i)https?://\\S+"))) {
			throw new InvalidInputException("link", "evidence.link-invalid");
		}
		return new EvidenceDraft(kind, observedOn, text, from, url);
	}

}
