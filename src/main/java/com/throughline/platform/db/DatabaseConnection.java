package com.throughline.platform.db;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * The database the application runs on, once resolved: the configured one, or the
 * embedded server it started (and stops with the application).
 */
public record DatabaseConnection(DatabaseProperties properties,
		@Nullable EmbeddedPostgresServer embeddedServer) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		if (embeddedServer != null) {
			embeddedServer.close();
		}
	}

}
