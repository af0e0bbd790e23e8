package com.throughline.account.domain;

import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.Languages;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.SignedInPerson;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person edits their own profile and password; nobody else's. */
@Service
public class ProfileService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	ProfileService(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Profile mine() {
		return accounts.profile(me()).orElseThrow(() -> new NotFoundException("Account"));
	}

	/**
	 * @param locale a supported language tag, or null to follow the browser
	 * @throws ConcurrentEditException when the profile changed since {@code version} was
	 * read
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Profile update(String displayName, @Nullable String locale, int version) {
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty()) {
			throw new InvalidInputException("displayName", "validation.required");
		}
		if (name.length() > Profile.DISPLAY_NAME_MAX_LENGTH) {
			throw new InvalidInputException("displayName", "validation.too-long");
		}
		if (locale != null && !Languages.TAGS.contains(locale)) {
			throw new InvalidInputException("locale", "validation.required");
		}
		if (accounts.updateProfile(me(), name, locale, version) == 0) {
			throw new ConcurrentEditException("Profile");
		}
		return mine();
	}

	/**
	 * @throws InvalidInputException for a wrong current password or a weak new one
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void changePassword(String currentPassword, String newPassword) {
		UUID me = me();
		String hash = accounts.passwordHash(me).orElseThrow(() -> new NotFoundException("Account"));
		if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
			throw new InvalidInputException("currentPassword", "password.current-wrong");
		}
		PasswordPolicy.problemWith(newPassword, mine().email()).ifPresent(problem -> {
			throw new InvalidInputException("newPassword", problem);
		});
		accounts.setPasswordHash(me, passwords.encode(newPassword));
	}

	private static UUID me() {
		return SignedInPerson.current().orElseThrow(() -> new NotFoundException("Account")).id();
	}

}
