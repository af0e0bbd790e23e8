package com.throughline.platform.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Primary;

/**
 * Two roles, two ways in: Flyway (and the demo data) connect as the owner; the connection
 * pool the application uses connects as the application role, which row-level security
 * binds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DatabaseProperties.class, EmbeddedDatabaseProperties.class })
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	private static final String EMBEDDED_PASSWORD = "throughline-embedded";

	@Bean
	DatabaseConnection databaseConnection(DatabaseProperties properties, EmbeddedDatabaseProperties embedded) {
		if (!properties.embedded()) {
			log.info("Using the configured PostgreSQL at {}", properties.url());
			return new DatabaseConnection(properties, null);
		}
		var server = EmbeddedPostgresServer.start(Path.of(embedded.dataDir()), embedded.clean(), embedded.durable());
		var resolved = new DatabaseProperties(server.jdbcUrl(), properties.ownerUser(), EMBEDDED_PASSWORD,
				properties.appUser(), EMBEDDED_PASSWORD, properties.poolSize());
		RoleBootstrap.run(server.superuserDataSource(), resolved);
		return new DatabaseConnection(resolved, server);
	}

	@Bean
	@Qualifier("owner")
	DataSource ownerDataSource(DatabaseConnection connection) {
		var props = connection.properties();
		var dataSource = new PGSimpleDataSource();
		dataSource.setUrl(props.url());
		dataSource.setUser(props.ownerUser());
		dataSource.setPassword(props.ownerPassword());
		return dataSource;
	}

	@Bean(initMethod = "migrate")
	Flyway flyway(@Qualifier("owner") DataSource owner, DatabaseConnection connection) {
		return Flyway.configure()
			.dataSource(owner)
			.locations("classpath:db/migration")
			.placeholders(RoleBootstrap.placeholders(connection.properties()))
			.load();
	}

	@Bean
	@Primary
	@DependsOn("flyway")
	HikariDataSource dataSource(DatabaseConnection connection) {
		var props = connection.properties();
		var config = new HikariConfig();
		config.setPoolName("throughline-app");
		config.setJdbcUrl(props.url());
		config.setUsername(props.appUser());
		config.setPassword(props.appPassword());
		config.setMaximumPoolSize(props.poolSize());
		// Every statement is planned for its own company: a cached generic plan assumes
		// an average one (70 rows where the largest has 50,000): 70 ms for a 5 ms page.
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
		return new HikariDataSource(config);
	}

	@Bean
	TenantBoundTransactionManager transactionManager(DataSource dataSource) {
		return new TenantBoundTransactionManager(dataSource);
	}

	@Bean
	DefaultConfigurationCustomizer optimisticLocking() {
		return configuration -> configuration.settings()
			.withExecuteWithOptimisticLocking(true)
			.withExecuteWithOptimisticLockingExcludeUnversioned(true)
			.withRenderSchema(false);
	}

}
