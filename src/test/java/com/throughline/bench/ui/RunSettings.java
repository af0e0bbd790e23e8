package com.throughline.bench.ui;

import java.util.HashMap;
import java.util.Map;

/**
 * The load driver's settings from {@code key=value} arguments.
 *
 * @param base the application's address
 * @param mode {@code mixed} (members and link holders with think time) or {@code share}
 * (link openings at a fixed rate)
 * @param users concurrent simulated people in {@code mixed}
 * @param rampSeconds time over which they start
 * @param settleSeconds time after the ramp before the measured window opens, for the
 * ramp's sign-ins to finish (a password check costs tens of milliseconds of CPU: 1,000
 * people over 60 s queue for seconds, and the queue drains into the next seconds)
 * @param measureSeconds the measured steady period after the settling
 * @param thinkSeconds mean pause between a person's steps (uniform, ±50 %)
 * @param clientShare fraction of the people who are link holders opening a shared roadmap
 * @param contactShare fraction of the people who are signed-in client contacts
 * @param rate link openings per second in {@code share}
 * @param push whether each UI opens its push WebSocket, as a browser does
 * @param pid the application's process id, for its CPU time (0: not measured)
 */
record RunSettings(String base, String mode, int users, int rampSeconds, int settleSeconds, int measureSeconds,
		double thinkSeconds, double clientShare, double contactShare, int rate, boolean push, long pid) {

	static RunSettings parse(String[] args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			given.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		return new RunSettings(given.getOrDefault("base", "http://localhost:18080"),
				given.getOrDefault("mode", "mixed"), Integer.parseInt(given.getOrDefault("users", "200")),
				Integer.parseInt(given.getOrDefault("ramp", "60")),
				Integer.parseInt(given.getOrDefault("settle", "20")),
				(int) (Double.parseDouble(given.getOrDefault("minutes", "3")) * 60),
				Double.parseDouble(given.getOrDefault("think", "5")),
				Double.parseDouble(given.getOrDefault("clients", "0.1")),
				Double.parseDouble(given.getOrDefault("contacts", "0.1")),
				Integer.parseInt(given.getOrDefault("rate", "100")),
				Boolean.parseBoolean(given.getOrDefault("push", "true")),
				Long.parseLong(given.getOrDefault("pid", "0")));
	}

}
