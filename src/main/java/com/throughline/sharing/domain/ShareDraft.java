package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A share as typed: client, product, all shareable items or a hand-picked subset,
 * message, expiry.
 */
public record ShareDraft(@Nullable UUID clientId, @Nullable UUID productId, boolean allItems, List<UUID> itemIds,
		@Nullable String message, @Nullable LocalDate expiresOn) {

	ShareDraft validated(LocalDate today) {
		if (clientId == null) {
			throw new InvalidInputException("client", "validation.required");
		}
		if (productId == null) {
			throw new InvalidInputException("product", "validation.required");
		}
		if (expiresOn == null || !expiresOn.isAfter(today)) {
			throw new InvalidInputException("expiresOn", "share.expiry.future");
		}
		if (!allItems && itemIds.isEmpty()) {
			throw new InvalidInputException("items", "share.items.required");
		}
		String text = message == null || message.isBlank() ? null : message.strip();
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException("message", "validation.too-long.max");
		}
		return new ShareDraft(clientId, productId, allItems, allItems ? List.of() : List.copyOf(itemIds), text,
				expiresOn);
	}

}
