package com.throughline.tenant.domain;

import java.util.UUID;

/** The active company as its members see it; {@code version} guards concurrent edits. */
public record WorkspaceProfile(UUID id, String slug, String name, String defaultLocale, String currency, int version) {

	public static final int NAME_MAX_LENGTH = 200;

}
