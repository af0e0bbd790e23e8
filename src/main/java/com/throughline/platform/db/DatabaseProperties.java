package com.throughline.platform.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. Leave {@code url} empty to run on the embedded PostgreSQL;
 * otherwise give the owner (runs migrations) and the application role (the pool, subject
 * to RLS).
 *
 * @param url JDBC URL ({@code THROUGHLINE_DB_URL})
 * @param ownerUser role that owns the schema and runs the migrations
 * @param ownerPassword its password
 * @param appUser role the connection pool uses; owns nothing
 * @param appPassword its password
 * @param poolSize maximum connections in the application pool
 */
@ConfigurationProperties("throughline.db")
public record DatabaseProperties(String url, String ownerUser, String ownerPassword, String appUser, String appPassword,
		int poolSize) {

	public DatabaseProperties {
		url = url == null ? "" : url;
		ownerUser = ownerUser == null ? "throughline_owner" : ownerUser;
		ownerPassword = ownerPassword == null ? "" : ownerPassword;
		appUser = appUser == null ? "throughline_app" : appUser;
		appPassword = appPassword == null ? "" : appPassword;
		poolSize = poolSize <= 0 ? 10 : poolSize;
	}

	public boolean embedded() {
		return url.isBlank();
	}

	public DatabaseProperties withUrl(String jdbcUrl) {
		return new DatabaseProperties(jdbcUrl, ownerUser, ownerPassword, appUser, appPassword, poolSize);
	}

}
