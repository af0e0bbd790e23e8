package com.throughline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the seed tells the load driver: who can sign in (all with one password), the large
 * tenant's hypotheses to open, the secret links of its shares and the client contacts who
 * sign in, with their client's shares.
 *
 * @param dataDir the embedded database's data directory the app must run on (empty when
 * external)
 * @param externalUrl the external database ({@code BENCH_DB_URL}) the app must run on
 * (empty when embedded)
 * @param sizes what was seeded
 * @param password every bench member's and contact's password
 * @param users emails of the large tenant's members
 * @param hypotheses ids of some of the large tenant's hypotheses
 * @param shareTokens buyer and user link tokens of the large tenant's shares
 * @param contacts the client contacts with accounts
 */
public record BenchManifest(String dataDir, String externalUrl, BenchSizes sizes, String password, List<String> users,
		List<String> hypotheses, List<String> shareTokens, List<ContactLogin> contacts) {

	/**
	 * A client contact who signs in.
	 *
	 * @param email the account's email
	 * @param persona {@code BUYER} or {@code USER}
	 * @param shares ids of the shares of the contact's client (all active)
	 */
	public record ContactLogin(String email, String persona, List<String> shares) {
	}

	public static final String DEFAULT_FILE = "target/bench/manifest.json";

	public static BenchManifest read(Path file) throws IOException {
		var manifest = JsonMapper.builder().build().readValue(Files.readString(file), BenchManifest.class);
		if (manifest.contacts() == null) {
			throw new IllegalStateException(file + " predates client contacts: reseed (bench/run ui --reseed)");
		}
		return manifest;
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(this));
	}

}
