package com.throughline.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	MutableClock clock = new MutableClock();

	SignInThrottle throttle = new SignInThrottle(clock);

	@Test
	void failures_slow_down_then_lock_for_fifteen_minutes() {
		throttle.recordFailure("a@b.test");
		throttle.recordFailure("a@b.test");
		assertThat(throttle.delayFor("a@b.test")).isZero();
		throttle.recordFailure("a@b.test");
		assertThat(throttle.delayFor("a@b.test")).isPositive();
		throttle.recordFailure("a@b.test");
		assertThat(throttle.lockedUntil("a@b.test")).isEmpty();

		var locked = throttle.recordFailure("A@B.test ");

		assertThat(locked).contains(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(throttle.lockedUntil("a@b.test")).isPresent();
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.lockedUntil("a@b.test")).isEmpty();
	}

	@Test
	void success_and_unlock_forget_the_failures() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("c@d.test");
		}
		throttle.recordSuccess("c@d.test");
		assertThat(throttle.delayFor("c@d.test")).isZero();
		for (int i = 0; i < 5; i++) {
			throttle.recordFailure("c@d.test");
		}
		throttle.unlock("c@d.test");
		assertThat(throttle.lockedUntil("c@d.test")).isEmpty();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-25T10:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
