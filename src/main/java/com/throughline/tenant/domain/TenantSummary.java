package com.throughline.tenant.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.throughline.platform.security.TenantStatus;

/** One company as the platform admin sees it. */
public record TenantSummary(UUID id, String slug, String name, TenantStatus status, long memberCount,
		OffsetDateTime createdAt) {

}
