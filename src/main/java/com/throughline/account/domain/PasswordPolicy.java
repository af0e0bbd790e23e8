package com.throughline.account.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: long enough to resist guessing, not one of the
 * passwords everyone tries first, and not built from the person's own email. Answers the
 * message key of the first rule broken.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
			"iloveyou1234", "letmein12345", "welcome12345", "administrator", "changeme1234", "throughline1",
			"abcdefghijkl", "111111111111", "000000000000", "qwerty123456", "password123!");

	private PasswordPolicy() {
	}

	public static Optional<String> problemWith(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
			return Optional.of("password.too-common");
		}
		String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
		if (localPart.length() >= 4 && lower.contains(localPart)) {
			return Optional.of("password.contains-email");
		}
		return Optional.empty();
	}

}
