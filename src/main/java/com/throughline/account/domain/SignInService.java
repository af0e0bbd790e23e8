package com.throughline.account.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.throughline.platform.security.SignedInPerson;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an email address into a {@link SignedInPerson} with the workspaces they may
 * enter. Spring Security checks the password and the disabled flag and answers every
 * failure with one generic message.
 */
@Service
public class SignInService implements UserDetailsService {

	private final AccountDirectory directory;

	SignInService(AccountDirectory directory) {
		this.directory = directory;
	}

	@Override
	@Transactional(readOnly = true)
	public SignedInPerson loadUserByUsername(String email) {
		var account = directory.findByEmail(email.trim())
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return new SignedInPerson(account.id(), account.email(), account.displayName(), account.passwordHash(),
				Optional.ofNullable(account.locale()).map(Locale::forLanguageTag).orElse(null), account.platformAdmin(),
				account.disabled(), directory.workspacesOf(account.id()));
	}

	/**
	 * The person with another workspace active, re-reading their memberships so that a
	 * suspended tenant or a removed membership cannot be entered. Empty when they may not
	 * enter it.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedInPerson> enter(SignedInPerson person, UUID tenantId) {
		var fresh = loadUserByUsername(person.email());
		if (!fresh.id().equals(person.id()) || !fresh.isEnabled()) {
			return Optional.empty();
		}
		return fresh.switchTo(tenantId);
	}

}
