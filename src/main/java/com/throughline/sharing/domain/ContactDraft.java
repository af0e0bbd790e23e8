package com.throughline.sharing.domain;

import com.throughline.platform.EmailAddresses;
import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A client contact as the team types it: checked before anything is stored. */
public record ContactDraft(@Nullable String name, @Nullable String email, @Nullable Persona persona) {

	/**
	 * The draft with its name trimmed and its email normalized.
	 * @throws InvalidInputException naming the first field in error
	 */
	ContactDraft validated() {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (trimmed.length() > ClientDraft.NAME_MAX) {
			throw new InvalidInputException("name", "validation.too-long");
		}
		String address = EmailAddresses.normalize(email == null ? "" : email);
		if (!EmailAddresses.valid(address)) {
			throw new InvalidInputException("email", "validation.email");
		}
		if (persona == null) {
			throw new InvalidInputException("persona", "validation.required");
		}
		return new ContactDraft(trimmed, address, persona);
	}

}
