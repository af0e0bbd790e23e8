package com.throughline.sharing.domain;

import java.math.BigDecimal;
import java.util.UUID;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** A key client as the team types it: checked before anything is stored. */
public record ClientDraft(@Nullable String name, @Nullable UUID segmentId, @Nullable BigDecimal annualContractValue,
		@Nullable UUID ownerId) {

	static final int NAME_MAX = 200;

	private static final BigDecimal MONEY_MAX = new BigDecimal("999999999999.99");

	/**
	 * The draft with its name trimmed.
	 * @throws InvalidInputException naming the first field in error
	 */
	ClientDraft validated() {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("name", "validation.required");
		}
		if (trimmed.length() > NAME_MAX) {
			throw new InvalidInputException("name", "validation.too-long");
		}
		if (annualContractValue != null && (annualContractValue.signum() < 0 || annualContractValue.scale() > 2
				|| annualContractValue.compareTo(MONEY_MAX) > 0)) {
			throw new InvalidInputException("annualContractValue", "validation.money");
		}
		return new ClientDraft(trimmed, segmentId, annualContractValue, ownerId);
	}

}
