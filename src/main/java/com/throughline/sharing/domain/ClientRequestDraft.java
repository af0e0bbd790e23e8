package com.throughline.sharing.domain;

import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A client request as the team types it: checked before anything is stored. */
public record ClientRequestDraft(@Nullable UUID clientId, @Nullable String title, @Nullable String detail,
		@Nullable UUID productId, @Nullable UUID deliveredBy, @Nullable UUID displaces, @Nullable RequestStatus status,
		@Nullable String decisionNote) {

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 2000;

	/**
	 * The draft with its texts trimmed (empty ones become null).
	 * @throws InvalidInputException naming the first field in error
	 */
	ClientRequestDraft validated() {
		if (clientId == null) {
			throw new InvalidInputException("client", "validation.required");
		}
		String name = trimmed(title);
		if (name == null) {
			throw new InvalidInputException("title", "validation.required");
		}
		if (name.length() > TITLE_MAX) {
			throw new InvalidInputException("title", "validation.too-long");
		}
		String text = checkedText("detail", detail);
		String note = checkedText("decisionNote", decisionNote);
		if (productId == null && (deliveredBy != null || displaces != null)) {
			throw new InvalidInputException("product", "validation.required");
		}
		if (deliveredBy != null && deliveredBy.equals(displaces)) {
			throw new InvalidInputException("displaces", "request.displaces-itself");
		}
		if (status == null) {
			throw new InvalidInputException("status", "validation.required");
		}
		return new ClientRequestDraft(clientId, name, text, productId, deliveredBy, displaces, status, note);
	}

	private static @Nullable String checkedText(String field, @Nullable String value) {
		String text = trimmed(value);
		if (text != null && text.length() > TEXT_MAX) {
			throw new InvalidInputException(field, "validation.too-long");
		}
		return text;
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
