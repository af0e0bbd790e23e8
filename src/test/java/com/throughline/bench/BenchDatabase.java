package com.throughline.bench;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.throughline.platform.db.DatabaseProperties;
import com.throughline.platform.db.EmbeddedPostgresServer;
import com.throughline.platform.db.RoleBootstrap;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL a benchmark seeds and measures: the embedded server by default, or an
 * external one when {@code BENCH_DB_URL} names a database ({@code jdbc:postgresql://...})
 * with a superuser ({@code BENCH_DB_SUPERUSER}, default {@code postgres}, and
 * {@code BENCH_DB_SUPERUSER_PASSWORD}). That database is the benchmark's: every run that
 * seeds empties it and creates the bench roles afresh, as a DBA would on a new server
 * (README, "Using your own PostgreSQL"). Its roles are named apart from the application's
 * ({@code throughline_bench_owner}, {@code throughline_bench_app}) so a shared server's
 * real roles are never touched.
 */
public sealed interface BenchDatabase extends AutoCloseable {

	String URL = "BENCH_DB_URL";

	/** JDBC URL of the database, without credentials. */
	String jdbcUrl();

	DataSource superuser();

	/** The roles the application and the benchmark connect as. */
	DatabaseProperties roles();

	/** For the result files: which server, without credentials. */
	String describe();

	@Override
	void close() throws Exception;

	/** The external database when {@code BENCH_DB_URL} is set, else none. */
	static java.util.Optional<External> external() {
		String url = System.getenv(URL);
		if (url == null || url.isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new External(url, env("BENCH_DB_SUPERUSER", "postgres"),
				env("BENCH_DB_SUPERUSER_PASSWORD", ""), env("BENCH_DB_ROLE_PASSWORD", "throughline-bench")));
	}

	/**
	 * An emptied database with the bench roles bootstrapped: the external one, or the
	 * embedded server in {@code embeddedDir} (wiped when {@code clean}).
	 */
	static BenchDatabase fresh(Path embeddedDir, DatabaseProperties embeddedRoles, boolean clean) {
		BenchDatabase database = external().<BenchDatabase>map(External::emptied)
			.orElseGet(() -> new Embedded(EmbeddedPostgresServer.start(embeddedDir, clean, false), embeddedRoles,
					embeddedDir));
		RoleBootstrap.run(database.superuser(), database.roles());
		return database;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isEmpty() ? fallback : value;
	}

	record Embedded(EmbeddedPostgresServer server, DatabaseProperties roles, Path dataDir) implements BenchDatabase {

		@Override
		public String jdbcUrl() {
			return server.jdbcUrl();
		}

		@Override
		public DataSource superuser() {
			return server.superuserDataSource();
		}

		@Override
		public String describe() {
			return "embedded PostgreSQL in " + dataDir;
		}

		@Override
		public void close() throws Exception {
			server.close();
		}

	}

	record External(String jdbcUrl, String superuserName, String superuserPassword,
			String rolePassword) implements BenchDatabase {

		static final String OWNER = "throughline_bench_owner";

		static final String APP = "throughline_bench_app";

		@Override
		public DataSource superuser() {
			var source = new PGSimpleDataSource();
			source.setUrl(jdbcUrl);
			source.setUser(superuserName);
			source.setPassword(superuserPassword);
			return source;
		}

		@Override
		public DatabaseProperties roles() {
			return new DatabaseProperties(jdbcUrl, OWNER, rolePassword, APP, rolePassword, 4);
		}

		@Override
		public String describe() {
			return "external PostgreSQL at " + jdbcUrl;
		}

		/**
		 * Everything the bench roles own here dropped, with the bootstrap's schemas, and
		 * the roles themselves: the next bootstrap starts as on a new server.
		 */
		External emptied() {
			var db = DSL.using(superuser(), SQLDialect.POSTGRES);
			for (String role : List.of(OWNER, APP)) {
				if (db.fetchExists(DSL.selectOne()
					.from(DSL.table(DSL.name("pg_catalog", "pg_roles")))
					.where(DSL.field(DSL.name("rolname"), String.class).eq(role)))) {
					// Role statements are not in jOOQ's open-source DSL: templates with
					// the role's quoted name.
					db.execute("drop owned by {0} cascade", DSL.name(role));
				}
			}
			db.dropSchemaIfExists("bootstrap").cascade().execute();
			db.dropSchemaIfExists("extensions").cascade().execute();
			db.createSchemaIfNotExists("public").execute();
			for (String role : List.of(APP, OWNER)) {
				db.execute("drop role if exists {0}", DSL.name(role));
			}
			return this;
		}

		@Override
		public void close() {
			// The server is not ours to stop.
		}

	}

}
