package com.throughline.platform;

import org.jspecify.annotations.Nullable;

/**
 * What a person typed into a search box, ready for a SQL {@code ilike '%' || ? || '%'}:
 * trimmed, null when blank, and with the pattern characters {@code %} and {@code _} taken
 * literally.
 */
public final class SearchText {

	private SearchText() {
	}

	public static @Nullable String pattern(@Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
