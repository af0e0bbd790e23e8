package com.throughline.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The zero-setup database: a PostgreSQL started by the application itself.
 *
 * @param dataDir where it keeps its files between runs (git-ignored)
 * @param clean start from an empty directory every time (tests)
 * @param durable keep {@code fsync} and {@code synchronous_commit} on
 */
@ConfigurationProperties("throughline.embedded-db")
public record EmbeddedDatabaseProperties(String dataDir, boolean clean, Boolean durable) {

	public EmbeddedDatabaseProperties {
		dataDir = dataDir == null || dataDir.isBlank() ? ".data/postgres" : dataDir;
		durable = durable == null || durable;
	}

}
