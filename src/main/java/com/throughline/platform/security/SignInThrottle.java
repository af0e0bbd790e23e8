package com.throughline.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Repeated failed sign-ins for one email address are slowed, then locked for a while.
 * Kept per email whether or not an account exists, so the answers never reveal which
 * addresses are real. Held in memory: a restart forgets it (docs/SECURITY.md).
 */
@Component
public class SignInThrottle {

	static final int FREE_ATTEMPTS = 2;

	static final int ATTEMPTS_BEFORE_LOCK = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	public SignInThrottle() {
		this(Clock.systemUTC());
	}

	SignInThrottle(Clock clock) {
		this.clock = clock;
	}

	/** When sign-in for this email may be tried again, if it is locked now. */
	public Optional<Instant> lockedUntil(String email) {
		var entry = failures.get(key(email));
		if (entry == null || entry.lockedUntil() == null || !entry.lockedUntil().isAfter(clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry.lockedUntil());
	}

	/** How long to make the next attempt for this email wait. */
	public Duration delayFor(String email) {
		var entry = failures.get(key(email));
		int count = entry == null ? 0 : entry.count();
		return count <= FREE_ATTEMPTS ? Duration.ZERO : Duration.ofMillis(500L * (count - FREE_ATTEMPTS));
	}

	/** Records a failure; answers the lock's end when this failure locked the email. */
	public Optional<Instant> recordFailure(String email) {
		Instant now = clock.instant();
		var entry = failures.compute(key(email), (k, previous) -> {
			int count = previous == null || previous.lastFailure().plus(FORGET_AFTER).isBefore(now) ? 1
					: previous.count() + 1;
			Instant lockedUntil = count >= ATTEMPTS_BEFORE_LOCK ? now.plus(LOCK) : null;
			return new Failures(lockedUntil == null ? count : 0, now, lockedUntil);
		});
		pruneOlderThan(now.minus(FORGET_AFTER));
		return Optional.ofNullable(entry.lockedUntil());
	}

	public void recordSuccess(String email) {
		failures.remove(key(email));
	}

	/** The platform admin lifts a lock. */
	public void unlock(String email) {
		failures.remove(key(email));
	}

	private void pruneOlderThan(Instant cutoff) {
		failures.values()
			.removeIf(f -> f.lastFailure().isBefore(cutoff)
					&& (f.lockedUntil() == null || f.lockedUntil().isBefore(clock.instant())));
	}

	private static String key(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant lastFailure, Instant lockedUntil) {
	}

}
