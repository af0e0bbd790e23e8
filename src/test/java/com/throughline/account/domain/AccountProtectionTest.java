package com.throughline.account.domain;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SignInLockedException;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import com.throughline.support.SignedInSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in lockout, account disabling, and the platform admin's part in both. */
@SpringBootTest
class AccountProtectionTest {

	@Autowired
	AuthenticationProvider signInWithPassword;

	@Autowired
	AccountAdminService admin;

	@Autowired
	SignInService accounts;

	@Autowired
	ActiveSessions sessions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void repeated_failures_lock_an_account_and_the_right_password_waits_too() {
		String email = fixtures.personIn(fixtures.tenant("Lock Co"), Role.VIEWER);

		assertThat(attempt(email, "wrong")).isInstanceOf(BadCredentialsException.class);
		for (int i = 0; i < 3; i++) {
			attempt(email, "wrong");
		}
		assertThat(attempt(email, "wrong")).isInstanceOf(SignInLockedException.class);
		assertThat(attempt(email, Fixtures.PASSWORD)).isInstanceOf(SignInLockedException.class);

		signIn.as("platform@throughline.test");
		admin.unlock(email);
		assertThat(attempt(email, Fixtures.PASSWORD)).isNull();
	}

	@Test
	void unknown_emails_are_locked_the_same_way_revealing_nothing() {
		String email = "ghost-" + System.nanoTime() + "@nowhere.test";
		for (int i = 0; i < 4; i++) {
			assertThat(attempt(email, "whatever")).isInstanceOf(BadCredentialsException.class);
		}
		assertThat(attempt(email, "whatever")).isInstanceOf(SignInLockedException.class);
	}

	@Test
	void a_disabled_account_cannot_sign_in_and_its_sessions_end() {
		String email = fixtures.personIn(fixtures.tenant("Disable Co"), Role.EDITOR);
		var person = accounts.loadUserByUsername(email);
		var session = SignedInSessions.open(sessions, person);
		signIn.as("platform@throughline.test");
		var summary = admin.accounts(email, 0, 1).getFirst();

		admin.disable(summary);

		assertThat(SignedInSessions.ended(session)).isTrue();
		assertThat(attempt(email, Fixtures.PASSWORD)).isInstanceOf(BadCredentialsException.class);
		admin.enable(summary);
		assertThat(attempt(email, Fixtures.PASSWORD)).isNull();
	}

	@Test
	void the_platform_admin_cannot_disable_themselves_and_others_cannot_disable_anyone() {
		signIn.as("platform@throughline.test");
		var self = admin.accounts("platform@throughline.test", 0, 1).getFirst();
		assertThatThrownBy(() -> admin.disable(self)).isInstanceOf(InvalidInputException.class);

		signIn.as("ada@lumen.test");
		assertThatThrownBy(() -> admin.disable(self)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> admin.accounts(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
	}

	/** Signs in with a password; answers the failure, or null on success. */
	private Exception attempt(String email, String password) {
		try {
			signInWithPassword.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
			return null;
		}
		catch (Exception failure) {
			return failure;
		}
	}

}
