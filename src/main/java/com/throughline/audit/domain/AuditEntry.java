package com.throughline.audit.domain;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One recorded action: when, who, what, on what. */
public record AuditEntry(OffsetDateTime occurredAt, @Nullable String actor, String action, String target,
		@Nullable String details) {

}
