package com.throughline.account.domain;

import java.util.List;
import java.util.UUID;

import com.throughline.platform.EmailAddresses;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.SearchText;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.audit.AuditLog;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.SignInThrottle;
import com.throughline.platform.security.SignedInPerson;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform admin lists accounts, disables and re-enables them, and lifts sign-in
 * locks.
 */
@Service
public class AccountAdminService {

	private final AccountRepository accounts;

	private final SignInThrottle throttle;

	private final ActiveSessions sessions;

	private final AuditLog audit;

	AccountAdminService(AccountRepository accounts, SignInThrottle throttle, ActiveSessions sessions, AuditLog audit) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessions = sessions;
		this.audit = audit;
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public List<AccountSummary> accounts(@Nullable String search, int offset, int limit) {
		return accounts.page(SearchText.pattern(search), offset, limit);
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional(readOnly = true)
	public long countAccounts(@Nullable String search) {
		return accounts.count(SearchText.pattern(search));
	}

	/** Disables the account and ends its open sessions. */
	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional
	public void disable(AccountSummary account) {
		if (account.id().equals(SignedInPerson.current().orElseThrow().id())) {
			throw new InvalidInputException("account", "account.cannot-disable-self");
		}
		setDisabled(account, true);
		sessions.endAllOfWhenCommitted(account.id());
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional
	public void enable(AccountSummary account) {
		setDisabled(account, false);
	}

	@RolesAllowed("PLATFORM_ADMIN")
	@Transactional
	public void unlock(String email) {
		throttle.unlock(EmailAddresses.normalize(email));
		audit.recordPlatform("account.unlocked", EmailAddresses.normalize(email), null);
	}

	private void setDisabled(AccountSummary account, boolean disabled) {
		UUID id = account.id();
		if (!accounts.setDisabled(id, disabled)) {
			throw new NotFoundException("Account");
		}
		audit.recordPlatform(disabled ? "account.disabled" : "account.enabled", account.email(), null);
	}

}
