package com.throughline.support;

import java.util.UUID;

import com.throughline.account.domain.SignInService;
import com.throughline.platform.security.SignedInPerson;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Signs a person in on the test thread, exactly as a successful form sign-in would. */
@Component
public class SignIn {

	private final SignInService signIn;

	SignIn(SignInService signIn) {
		this.signIn = signIn;
	}

	public SignedInPerson as(String email) {
		return become(signIn.loadUserByUsername(email));
	}

	public SignedInPerson as(String email, UUID activeTenant) {
		return become(signIn.loadUserByUsername(email).switchTo(activeTenant).orElseThrow());
	}

	public static SignedInPerson become(SignedInPerson person) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		SecurityContextHolder.setContext(context);
		return person;
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
