package com.throughline.bench.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latencies and errors per step, counted only inside the measurement window (after the
 * ramp-up), so the figures describe the steady load.
 */
final class Steps {

	record Summary(String step, int count, int errors, double p50, double p95, double p99, double max,
			List<String> sampleErrors) {
	}

	private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();

	private final Map<String, List<String>> errors = new ConcurrentHashMap<>();

	/**
	 * A step slower than this is counted in {@link #slow()} by when it ended and how long
	 * it took.
	 */
	static final double SLOW_MILLIS = 250;

	private final List<long[]> slow = java.util.Collections.synchronizedList(new ArrayList<>());

	private volatile long measureFrom = Long.MAX_VALUE;

	private volatile long measureUntil = Long.MAX_VALUE;

	void window(long fromNanos, long untilNanos) {
		measureFrom = fromNanos;
		measureUntil = untilNanos;
	}

	boolean measuring(long nanos) {
		return nanos >= measureFrom && nanos < measureUntil;
	}

	void record(String step, long startNanos, long endNanos, String error) {
		// Most sign-ins happen during the ramp: they are counted over the whole run.
		if (!measuring(startNanos) && !step.endsWith("sign in")) {
			return;
		}
		if (error == null && (endNanos - startNanos) / 1e6 > SLOW_MILLIS && measuring(startNanos)) {
			slow.add(new long[] { startNanos, endNanos });
		}
		if (error == null) {
			millis.computeIfAbsent(step, s -> java.util.Collections.synchronizedList(new ArrayList<>()))
				.add((endNanos - startNanos) / 1e6);
		}
		else {
			errors.computeIfAbsent(step, s -> java.util.Collections.synchronizedList(new ArrayList<>())).add(error);
		}
	}

	// ArrayList under a lock per step: contention is negligible next to an HTTP round
	// trip.
	synchronized List<Summary> summaries() {
		Map<String, Summary> out = new LinkedHashMap<>();
		var names = new java.util.TreeSet<String>(millis.keySet());
		names.addAll(errors.keySet());
		for (String step : names) {
			double[] values;
			var recorded = millis.getOrDefault(step, List.of());
			synchronized (recorded) {
				values = recorded.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			}
			var failed = errors.getOrDefault(step, List.of());
			out.put(step,
					new Summary(step, values.length, failed.size(), percentile(values, 0.50), percentile(values, 0.95),
							percentile(values, 0.99), values.length == 0 ? 0 : values[values.length - 1],
							failed.stream().distinct().limit(3).toList()));
		}
		return new ArrayList<>(out.values());
	}

	/**
	 * Where the window's slow steps lie: how many ended in each second of the window (the
	 * busiest first), and how long they took in bins of 250 ms. Stalls of the whole
	 * machine gather in a few seconds; a dropped connection attempt, retried after 1 s,
	 * gathers near 1,000 ms.
	 */
	Slow slow() {
		var bySecond = new java.util.TreeMap<Long, Integer>();
		var byDuration = new java.util.TreeMap<Long, Integer>();
		synchronized (slow) {
			for (long[] step : slow) {
				bySecond.merge((step[1] - measureFrom) / 1_000_000_000L, 1, Integer::sum);
				byDuration.merge((step[1] - step[0]) / 250_000_000L * 250, 1, Integer::sum);
			}
		}
		var busiest = bySecond.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
			.limit(10)
			.map(e -> new Slow.Second(e.getKey(), e.getValue()))
			.toList();
		return new Slow(slow.size(), bySecond.size(), busiest, byDuration);
	}

	record Slow(int steps, int seconds, List<Slow.Second> busiestSeconds, Map<Long, Integer> countByMillis) {

		record Second(long second, int steps) {
		}

	}

	long measuredInteractions() {
		return millis.values().stream().mapToLong(List::size).sum()
				+ errors.values().stream().mapToLong(List::size).sum();
	}

	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	@Override
	public String toString() {
		return Arrays.toString(summaries().toArray());
	}

}
