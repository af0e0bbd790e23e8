package com.throughline.platform.db;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates the owner and application roles on a fresh server, as a superuser, from
 * {@code db/bootstrap}. Used by the embedded database and by the tests; real deployments
 * have a DBA run the same script once.
 */
public final class RoleBootstrap {

	private RoleBootstrap() {
	}

	public static void run(DataSource superuser, DatabaseProperties roles) {
		Flyway.configure()
			.dataSource(superuser)
			.locations("classpath:db/bootstrap")
			.schemas("bootstrap")
			.table("bootstrap_history")
			.placeholders(placeholders(roles))
			.load()
			.migrate();
	}

	static Map<String, String> placeholders(DatabaseProperties roles) {
		return Map.of("ownerRole", roles.ownerUser(), "ownerPassword", roles.ownerPassword(), "appRole",
				roles.appUser(), "appPassword", roles.appPassword());
	}

}
