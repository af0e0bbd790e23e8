package com.throughline.audit.domain;

import org.jspecify.annotations.Nullable;

/**
 * Narrows the audit log: actions starting with {@code actionPrefix} (e.g. "member."), and
 * entries whose target or details contain {@code text}. Blank means "any".
 */
public record AuditFilter(@Nullable String actionPrefix, @Nullable String text) {

	public static final AuditFilter ANY = new AuditFilter(null, null);

	@Nullable String actionPrefixOrNull() {
		return actionPrefix == null || actionPrefix.isBlank() ? null : actionPrefix.strip();
	}

	@Nullable String textOrNull() {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
