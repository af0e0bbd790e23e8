package com.throughline.sharing.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A key client: its segment, what its contract is worth a year, and who owns the account.
 */
public record ClientAccount(UUID id, String name, @Nullable UUID segmentId, @Nullable BigDecimal annualContractValue,
		@Nullable UUID ownerId, int version) {

}
