package com.throughline.account.domain;

import org.jspecify.annotations.Nullable;

/** The signed-in person's own profile; {@code version} guards concurrent edits. */
public record Profile(String email, String displayName, @Nullable String locale, int version) {

	public static final int DISPLAY_NAME_MAX_LENGTH = 200;

}
