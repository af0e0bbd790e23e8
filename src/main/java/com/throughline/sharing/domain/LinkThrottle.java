package com.throughline.sharing.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of share links: an address with too many unknown links in a short
 * time gets no answers for a while. Held in memory, per node.
 */
@Component
class LinkThrottle {

	static final int MISSES_ALLOWED = 20;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final Map<String, Misses> misses = new ConcurrentHashMap<>();

	private final Clock clock;

	LinkThrottle(Clock clock) {
		this.clock = clock;
	}

	boolean blocked(String address) {
		var entry = misses.get(address);
		return entry != null && entry.count() >= MISSES_ALLOWED && entry.since().plus(WINDOW).isAfter(clock.instant());
	}

	void recordMiss(String address) {
		Instant now = clock.instant();
		misses.compute(address, (key, previous) -> previous == null || previous.since().plus(WINDOW).isBefore(now)
				? new Misses(1, now) : new Misses(previous.count() + 1, previous.since()));
		misses.values().removeIf(m -> m.since().plus(WINDOW).isBefore(now));
	}

	private record Misses(int count, Instant since) {
	}

}
