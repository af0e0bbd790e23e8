package com.throughline.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * How big the seeded data set is, from {@code key=value} arguments; the defaults are the
 * issue's realistic set.
 *
 * @param tenants companies, one large and the rest small
 * @param hypotheses the large tenant's hypotheses (each with one piece of evidence)
 * @param roadmapItems the large tenant's roadmap items, spread over its 20 products
 * @param clients the large tenant's key clients
 * @param shares the large tenant's shares, each with a buyer and a user link
 * @param members the large tenant's people who can sign in (the load driver's users)
 * @param contacts the key clients' contacts, spread over the clients, half buyers
 * @param contactAccounts of those, how many have an account and sign in
 * @param requests client requests, each weighed between two items of one product
 * @param dataDir the embedded database's data directory
 */
public record BenchSizes(int tenants, int hypotheses, int roadmapItems, int clients, int shares, int members,
		int contacts, int contactAccounts, int requests, String dataDir) {

	static BenchSizes parse(String[] args) {
		Map<String, String> given = new HashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq < 1) {
				throw new IllegalArgumentException("Expected key=value, got " + arg);
			}
			given.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		return new BenchSizes(number(given, "tenants", 1000), number(given, "hypotheses", 50_000),
				number(given, "roadmap-items", 20_000), number(given, "clients", 200), number(given, "shares", 500),
				number(given, "members", 500), number(given, "contacts", 2000), number(given, "contact-accounts", 200),
				number(given, "requests", 50), given.getOrDefault("data-dir", "target/bench/postgres"));
	}

	private static int number(Map<String, String> given, String key, int fallback) {
		return given.containsKey(key) ? Integer.parseInt(given.get(key).replace("_", "")) : fallback;
	}

}
