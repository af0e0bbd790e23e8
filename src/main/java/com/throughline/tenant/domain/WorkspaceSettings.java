package com.throughline.tenant.domain;

import java.util.Currency;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.Languages;

/**
 * What a tenant admin edits about the company: its name, the language new members start
 * with, and the currency segments are priced in.
 */
public record WorkspaceSettings(String name, String defaultLocale, String currency) {

	/**
	 * The same settings trimmed, or the first problem as an
	 * {@link InvalidInputException}.
	 */
	public WorkspaceSettings validated() {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (trimmed.length() > WorkspaceProfile.NAME_MAX_LENGTH) {
			throw new InvalidInputException("name", "validation.too-long");
		}
		if (defaultLocale == null || !Languages.TAGS.contains(defaultLocale)) {
			throw new InvalidInputException("defaultLocale", "validation.required");
		}
		if (currency == null
				|| Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(currency))) {
			throw new InvalidInputException("currency", "settings.currency.invalid");
		}
		return new WorkspaceSettings(trimmed, defaultLocale, currency);
	}

}
