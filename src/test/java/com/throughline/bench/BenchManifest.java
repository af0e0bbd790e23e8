package com.throughline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the seed tells the load driver: who can sign in (all with one password), the large
 * tenant's hypotheses to open and the secret links of its shares.
 *
 * @param dataDir the embedded database's data directory the app must run on
 * @param password every bench member's password
 * @param users emails of the large tenant's members
 * @param hypotheses ids of some of the large tenant's hypotheses
 * @param shareTokens buyer and user link tokens of the large tenant's shares
 */
public record BenchManifest(String dataDir, String password, List<String> users, List<String> hypotheses,
		List<String> shareTokens) {

	public static final String DEFAULT_FILE = "target/bench/manifest.json";

	public static BenchManifest read(Path file) throws IOException {
		return JsonMapper.builder().build().readValue(Files.readString(file), BenchManifest.class);
	}

	void write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(this));
	}

}
