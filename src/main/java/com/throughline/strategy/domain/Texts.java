package com.throughline.strategy.domain;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Checks free text people type: required or optional, trimmed, within a documented
 * length.
 */
final class Texts {

	private Texts() {
	}

	static String required(@Nullable String value, String field, int maxLength) {
		String trimmed = optional(value, field, maxLength);
		if (trimmed == null) {
			throw new InvalidInputException(field, "validation.required");
		}
		return trimmed;
	}

	static @Nullable String optional(@Nullable String value, String field, int maxLength) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.length() > maxLength) {
			throw new InvalidInputException(field, "validation.too-long.max");
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

	static <T> T present(@Nullable T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "validation.required");
		}
		return value;
	}

}
