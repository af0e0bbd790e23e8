package com.throughline.sharing.domain;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client that marked a roadmap item important, and what its contract is worth a year.
 */
public record ClientInterest(UUID itemId, UUID clientId, String clientName, @Nullable BigDecimal annualContractValue) {

}
