package com.throughline.support;

import java.nio.file.Path;

import com.throughline.platform.db.DatabaseProperties;
import com.throughline.platform.db.EmbeddedPostgresServer;
import com.throughline.platform.db.RoleBootstrap;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides which real PostgreSQL the tests use: a Testcontainers
 * PostgreSQL 18 when a Docker engine runs, otherwise the embedded PostgreSQL 18. Either
 * way the roles are bootstrapped as in production and the application connects as the
 * non-owner app role.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static DatabaseProperties properties;

	private TestDatabase() {
	}

	public static synchronized DatabaseProperties properties() {
		if (properties == null) {
			properties = start();
		}
		return properties;
	}

	private static DatabaseProperties start() {
		var roles = new DatabaseProperties("", "throughline_owner", "owner-test-secret", "throughline_app",
				"app-test-secret", 10);
		if (DockerClientFactory.instance().isDockerAvailable()) {
			log.info("Tests run on PostgreSQL 18 in Testcontainers");
			var container = new PostgreSQLContainer("postgres:18");
			container.start();
			var superuser = new PGSimpleDataSource();
			superuser.setUrl(container.getJdbcUrl());
			superuser.setUser(container.getUsername());
			superuser.setPassword(container.getPassword());
			RoleBootstrap.run(superuser, roles);
			return roles.withUrl(container.getJdbcUrl());
		}
		log.info("No Docker engine: tests run on the embedded PostgreSQL 18");
		var server = EmbeddedPostgresServer.start(Path.of("target", "test-postgres"), true, false);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				server.close();
			}
			catch (Exception ex) {
				log.warn("Could not stop the test database", ex);
			}
		}));
		RoleBootstrap.run(server.superuserDataSource(), roles);
		return roles.withUrl(server.jdbcUrl());
	}

}
