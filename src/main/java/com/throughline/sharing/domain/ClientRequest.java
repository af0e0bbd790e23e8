package com.throughline.sharing.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A key client's request as a trade-off: the roadmap item that would deliver it, the item
 * doing so would delay, and the team's decision — not a promise.
 */
public record ClientRequest(UUID id, UUID clientId, String clientName, @Nullable BigDecimal annualContractValue,
		String title, @Nullable String detail, @Nullable UUID productId, @Nullable UUID deliveredBy,
		@Nullable String deliveredByTitle, @Nullable UUID displaces, @Nullable String displacesTitle,
		RequestStatus status, @Nullable String decisionNote, OffsetDateTime createdAt, int version) {

	/**
	 * Whether both sides of the trade-off are known: what delivers it, what it delays.
	 */
	public boolean weighed() {
		return deliveredBy != null && displaces != null;
	}

}
