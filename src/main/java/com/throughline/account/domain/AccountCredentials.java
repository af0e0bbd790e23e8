package com.throughline.account.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What signing in needs to know about an account. Never leaves the account package. */
record AccountCredentials(UUID id, String email, String displayName, String passwordHash, boolean platformAdmin,
		@Nullable String locale, boolean disabled) {

}
