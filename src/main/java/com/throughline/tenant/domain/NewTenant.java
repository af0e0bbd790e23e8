package com.throughline.tenant.domain;

import java.util.regex.Pattern;

import com.throughline.platform.EmailAddresses;
import com.throughline.platform.InvalidInputException;

/** A company to provision: its name, its unique slug, and its first admin's email. */
public record NewTenant(String name, String slug, String adminEmail) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

	/**
	 * The same request trimmed, or the first problem as an {@link InvalidInputException}.
	 */
	public NewTenant validated() {
		String trimmedName = name == null ? "" : name.strip();
		String trimmedSlug = slug == null ? "" : slug.strip();
		if (trimmedName.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (trimmedName.length() > WorkspaceProfile.NAME_MAX_LENGTH) {
			throw new InvalidInputException("name", "validation.too-long");
		}
		if (!SLUG.matcher(trimmedSlug).matches()) {
			throw new InvalidInputException("slug", "tenant.slug.invalid");
		}
		if (!EmailAddresses.valid(adminEmail)) {
			throw new InvalidInputException("adminEmail", "validation.email");
		}
		return new NewTenant(trimmedName, trimmedSlug, EmailAddresses.normalize(adminEmail));
	}

}
