package com.throughline.account.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An account as the platform admin sees it. */
public record AccountSummary(UUID id, String email, String displayName, boolean platformAdmin, boolean disabled,
		long membershipCount, OffsetDateTime createdAt) {

}
