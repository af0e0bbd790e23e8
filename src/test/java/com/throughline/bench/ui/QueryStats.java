package com.throughline.bench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the application's queries cost PostgreSQL during the measured window, from
 * {@code pg_stat_statements} ({@code bench/run} preloads it in the embedded bench
 * database's {@code postgresql.conf}; an external server needs it preloaded by its DBA):
 * reset when the window opens, the statements with the most execution time read when it
 * closes. Connects as the embedded server's superuser, which trusts local connections, or
 * as the external database's ({@code BENCH_DB_SUPERUSER}). Without the module, no figures
 * and no failure.
 */
final class QueryStats {

	/** One statement: how often, how long in all and on average, its text shortened. */
	record Statement(long calls, double totalMillis, double meanMillis, long rows, String query) {
	}

	private static final int SHOWN = 12;

	private final String url;

	private final String user;

	private final String password;

	private QueryStats(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	static QueryStats of(Path dataDir) {
		try {
			String port = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim();
			return new QueryStats("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
		}
		catch (IOException | RuntimeException ex) {
			return new QueryStats(null, "", "");
		}
	}

	/** On the external database of {@code BENCH_DB_URL}, as its superuser. */
	static QueryStats external() {
		return com.throughline.bench.BenchDatabase.external()
			.map(db -> new QueryStats(db.jdbcUrl(), db.superuserName(), db.superuserPassword()))
			.orElseGet(() -> new QueryStats(null, "", ""));
	}

	void reset() {
		run("create extension if not exists pg_stat_statements", "select pg_stat_statements_reset()");
	}

	List<Statement> top() {
		var top = new ArrayList<Statement>();
		if (url == null) {
			return top;
		}
		try (var connection = DriverManager.getConnection(url, user, password);
				var result = connection.createStatement()
					.executeQuery("select calls, total_exec_time, mean_exec_time, rows, "
							+ "left(regexp_replace(query, '\\s+', ' ', 'g'), 160) from pg_stat_statements "
							+ "where query not like '%pg_stat_statements%' order by total_exec_time desc limit "
							+ SHOWN)) {
			while (result.next()) {
				top.add(new Statement(result.getLong(1), result.getDouble(2), result.getDouble(3), result.getLong(4),
						result.getString(5)));
			}
		}
		catch (SQLException ex) {
			System.err.println("No query statistics: " + ex.getMessage());
		}
		return top;
	}

	private void run(String... statements) {
		if (url == null) {
			return;
		}
		try (var connection = DriverManager.getConnection(url, user, password);
				var statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			System.err.println("No query statistics: " + ex.getMessage());
		}
	}

}
