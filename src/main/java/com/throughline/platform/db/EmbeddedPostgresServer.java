package com.throughline.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the binaries on the classpath, for the zero-setup
 * default and for tests on machines without a Docker engine.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	public static EmbeddedPostgresServer start(Path dataDir, boolean clean, boolean durable) {
		try {
			Files.createDirectories(dataDir.getParent() == null ? dataDir : dataDir.getParent());
			stopStalePostmaster(dataDir);
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(clean)
				.setPGStartupWait(Duration.ofSeconds(30));
			if (durable) {
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
			}
			var postgres = builder.start();
			log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(),
					dataDir.toAbsolutePath());
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir, ex);
		}
	}

	/** JDBC URL of the {@code postgres} database, without credentials. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

	public javax.sql.DataSource superuserDataSource() {
		return postgres.getPostgresDatabase();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

	/**
	 * After a JVM is killed its postgres survives and the next start fails on
	 * {@code postmaster.pid}: stop that orphan first.
	 */
	private static void stopStalePostmaster(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> orphan = Files.readAllLines(pidFile)
			.stream()
			.findFirst()
			.map(String::trim)
			.filter(line -> line.matches("\\d+"))
			.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
			.filter(EmbeddedPostgresServer::isPostgres);
		if (orphan.isPresent()) {
			log.warn("Stopping a stale embedded PostgreSQL (pid {}) left by an earlier run", orphan.get().pid());
			orphan.get().destroy();
			orphan.get().onExit().orTimeout(15, java.util.concurrent.TimeUnit.SECONDS).join();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.isAlive() && process.info().command().map(cmd -> cmd.contains("postgres")).orElse(false);
	}

}
