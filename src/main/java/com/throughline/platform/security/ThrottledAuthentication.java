package com.throughline.platform.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Email and password sign-in, slowed and then locked after repeated failures for one
 * email. Unknown emails, wrong passwords and disabled accounts all fail the same way.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthentication(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(accounts);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		var locked = throttle.lockedUntil(email);
		if (locked.isPresent()) {
			throw new SignInLockedException(locked.get());
		}
		pause(throttle.delayFor(email));
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.recordSuccess(email);
			return result;
		}
		catch (AuthenticationException failure) {
			var nowLocked = throttle.recordFailure(email);
			if (nowLocked.isPresent()) {
				throw new SignInLockedException(nowLocked.get());
			}
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
