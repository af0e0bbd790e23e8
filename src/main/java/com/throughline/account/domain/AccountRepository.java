package com.throughline.account.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.Routines;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.PLATFORM_ACCOUNTS;

/**
 * Accounts: a person's own row (row-level security lets them see and edit only it), and
 * the platform admin's view through the platform functions.
 */
@Repository
class AccountRepository {

	private final DSLContext db;

	AccountRepository(DSLContext db) {
		this.db = db;
	}

	Optional<Profile> profile(UUID accountId) {
		return db.selectFrom(APP_USER)
			.where(APP_USER.ID.eq(accountId))
			.fetchOptional(u -> new Profile(u.getEmail(), u.getDisplayName(), u.getLocale(), u.getVersion()));
	}

	int updateProfile(UUID accountId, String displayName, @Nullable String locale, int expectedVersion) {
		return db.update(APP_USER)
			.set(APP_USER.DISPLAY_NAME, displayName)
			.set(APP_USER.LOCALE, locale)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(accountId).and(APP_USER.VERSION.eq(expectedVersion)))
			.execute();
	}

	Optional<String> passwordHash(UUID accountId) {
		return db.select(APP_USER.PASSWORD_HASH)
			.from(APP_USER)
			.where(APP_USER.ID.eq(accountId))
			.fetchOptional(APP_USER.PASSWORD_HASH);
	}

	int setPasswordHash(UUID accountId, String hash) {
		return db.update(APP_USER)
			.set(APP_USER.PASSWORD_HASH, hash)
			.set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
			.where(APP_USER.ID.eq(accountId))
			.execute();
	}

	List<AccountSummary> page(@Nullable String search, int offset, int limit) {
		return db.selectFrom(PLATFORM_ACCOUNTS.call(search, limit, offset))
			.fetch(a -> new AccountSummary(a.getId(), a.getEmail(), a.getDisplayName(), a.getPlatformAdmin(),
					a.getDisabled(), a.getMembershipCount(), a.getCreatedAt()));
	}

	long count(@Nullable String search) {
		return Routines.platformAccountCount(db.configuration(), search);
	}

	boolean setDisabled(UUID accountId, boolean disabled) {
		Integer changed = Routines.platformSetAccountDisabled(db.configuration(), accountId, disabled);
		return changed != null && changed > 0;
	}

}
