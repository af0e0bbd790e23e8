package com.throughline.bench;

import java.nio.file.Path;
import java.util.Map;

import com.throughline.platform.db.DatabaseProperties;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.util.FileSystemUtils;

/**
 * Builds the database the UI benchmark runs the application on: the embedded PostgreSQL
 * in its own data directory, created the way {@code DatabaseConfiguration} creates it
 * (same roles from {@code db/bootstrap}, same migrations, same internal password), then
 * {@link QueryBench#seed the 1,000 tenants} and the {@link LargeTenant large tenant's}
 * people, evidence, roadmap, clients and shares, written as the owner. Writes the
 * {@link BenchManifest}. Arguments: {@code key=value} pairs, see {@link BenchSizes}.
 */
public final class BenchSeed {

	/** The password the application gives its roles on the embedded server. */
	private static final String EMBEDDED_PASSWORD = "throughline-embedded";

	private BenchSeed() {
	}

	public static void main(String[] args) throws Exception {
		var sizes = BenchSizes.parse(args);
		Path dataDir = Path.of(sizes.dataDir()).toAbsolutePath();
		var embeddedRoles = new DatabaseProperties("", "throughline_owner", EMBEDDED_PASSWORD, "throughline_app",
				EMBEDDED_PASSWORD, 4);
		long start = System.nanoTime();
		// Wiped here, not by the server: a "clean" embedded server deletes its data on
		// close.
		if (BenchDatabase.external().isEmpty()) {
			FileSystemUtils.deleteRecursively(dataDir);
		}
		try (var database = BenchDatabase.fresh(dataDir, embeddedRoles, false)) {
			var roles = database.roles();
			Flyway.configure()
				.dataSource(database.jdbcUrl(), roles.ownerUser(), roles.ownerPassword())
				.locations("classpath:db/migration")
				.placeholders(Map.of("appRole", roles.appUser()))
				.load()
				.migrate();
			var dataSource = new PGSimpleDataSource();
			dataSource.setUrl(database.jdbcUrl());
			dataSource.setUser(roles.ownerUser());
			dataSource.setPassword(roles.ownerPassword());
			var owner = DSL.using(dataSource, SQLDialect.POSTGRES);
			var large = QueryBench.seed(owner, sizes.tenants(), sizes.hypotheses());
			var manifest = new LargeTenant(owner, large, sizes).seed(database);
			owner.execute("vacuum analyze");
			manifest.write(Path.of(BenchManifest.DEFAULT_FILE));
			System.out.printf("Seeded %s in %.1f s into %s%n", sizes, (System.nanoTime() - start) / 1e9,
					database.describe());
		}
	}

}
