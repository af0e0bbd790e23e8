package com.throughline.support;

import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.SignedInPerson;
import jakarta.servlet.http.HttpSessionEvent;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Open HTTP sessions of signed-in people, as the servlet container would hold them. */
public final class SignedInSessions {

	private SignedInSessions() {
	}

	public static MockHttpSession open(ActiveSessions sessions, SignedInPerson person) {
		var session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities())));
		sessions.sessionCreated(new HttpSessionEvent(session));
		return session;
	}

	public static boolean ended(MockHttpSession session) {
		return session.isInvalid();
	}

}
