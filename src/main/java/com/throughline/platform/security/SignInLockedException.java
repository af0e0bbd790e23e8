package com.throughline.platform.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this email: it may be tried again from {@link #until()}.
 */
public class SignInLockedException extends AuthenticationException {

	private final Instant until;

	public SignInLockedException(Instant until) {
		super("Sign-in locked until " + until);
		this.until = until;
	}

	public Instant until() {
		return until;
	}

}
