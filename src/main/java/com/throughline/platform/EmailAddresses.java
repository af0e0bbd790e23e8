package com.throughline.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Email addresses as people type them: trimmed, lower-cased, checked for a plausible
 * shape.
 */
public final class EmailAddresses {

	public static final int MAX_LENGTH = 320;

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private EmailAddresses() {
	}

	public static String normalize(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	public static boolean valid(String email) {
		String normalized = normalize(email);
		return normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
	}

}
