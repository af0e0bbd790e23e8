package com.throughline.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.db.DatabaseProperties;
import com.throughline.strategy.domain.Market;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.HYPOTHESES_MATCHING;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.TENANT;

/**
 * Database cost at scale: a seeded data set (default 1,000 tenants, one large tenant with
 * 20 products and 50,000 hypotheses), then the hypothesis grid's page queries timed with
 * row-level security (app role, tenant bound) and without (owner), against the harness's
 * own spread (the RLS query against itself), and their plans. Not part of {@code verify}:
 * run {@code bench/run}. Arguments: tenants, hypotheses of the large tenant, repetitions.
 */
public final class QueryBench {

	private QueryBench() {
	}

	public static void main(String[] args) throws Exception {
		int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int hypotheses = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
		int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 300;
		var roles = new DatabaseProperties("", "throughline_owner", "bench", "throughline_app", "bench", 4);
		try (var database = BenchDatabase.fresh(Path.of("target", "bench-postgres"), roles, true)) {
			var props = database.roles().withUrl(database.jdbcUrl());
			Flyway.configure()
				.dataSource(props.url(), props.ownerUser(), props.ownerPassword())
				.locations("filesystem:db/migration")
				.placeholders(Map.of("appRole", props.appUser()))
				.load()
				.migrate();
			var owner = DSL.using(pool(props.url(), props.ownerUser(), props.ownerPassword()), SQLDialect.POSTGRES);
			var timed = DSL.using(rolePool(database.superuser()), SQLDialect.POSTGRES);
			long seedStart = System.nanoTime();
			UUID large = seed(owner, tenants, hypotheses);
			double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
			owner.execute("analyze");
			var report = measure(new Roles(timed, props.appUser(), props.ownerUser()), large, repetitions);
			write(tenants, hypotheses, repetitions, seedSeconds, report, database.describe());
		}
	}

	/**
	 * A connection pool like the application's (custom plans for every statement, as
	 * {@code DatabaseConfiguration} sets), so timings exclude connecting.
	 */
	private static HikariDataSource pool(String url, String user, String password) {
		var config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(CLIENTS);
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
		return new HikariDataSource(config);
	}

	/**
	 * The timed queries' pool: the same connections for both roles, each transaction
	 * taking its role ({@code set local role}). With a pool per role, two sets of server
	 * processes, the A/A check found up to 13 % between two identical pools.
	 */
	private static HikariDataSource rolePool(DataSource superuser) {
		var config = new HikariConfig();
		config.setDataSource(superuser);
		config.setMaximumPoolSize(CLIENTS);
		config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
		return new HikariDataSource(config);
	}

	/** Who the timed queries run as: the application's role, under RLS, or the owner. */
	record Roles(DSLContext pool, String app, String owner) {
	}

	/** Seeded, so every run measures the same data. Returns the large tenant's id. */
	static UUID seed(DSLContext owner, int tenants, int hypotheses) {
		var random = new Random(42);
		UUID large = null;
		for (int t = 0; t < tenants; t++) {
			UUID tenant = new UUID(random.nextLong(), random.nextLong());
			large = large == null ? tenant : large;
			owner.insertInto(TENANT)
				.set(TENANT.ID, tenant)
				.set(TENANT.SLUG, "bench-" + t)
				.set(TENANT.NAME, "Bench tenant " + t)
				.execute();
			int products = t == 0 ? 20 : 1;
			int perTenant = t == 0 ? hypotheses : 20;
			List<UUID> productIds = new ArrayList<>();
			for (int p = 0; p < products; p++) {
				UUID product = new UUID(random.nextLong(), random.nextLong());
				productIds.add(product);
				owner.insertInto(PRODUCT)
					.set(PRODUCT.TENANT_ID, tenant)
					.set(PRODUCT.ID, product)
					.set(PRODUCT.NAME, "Product " + p)
					.set(PRODUCT.MARKET, Market.SMB)
					.execute();
			}
			List<Query> batch = new ArrayList<>();
			for (int h = 0; h < perTenant; h++) {
				var status = HypothesisStatus.values()[random.nextInt(HypothesisStatus.values().length)];
				batch.add(owner.insertInto(HYPOTHESIS)
					.set(HYPOTHESIS.TENANT_ID, tenant)
					.set(HYPOTHESIS.ID, new UUID(random.nextLong(), random.nextLong()))
					.set(HYPOTHESIS.PRODUCT_ID, productIds.get(random.nextInt(productIds.size())))
					.set(HYPOTHESIS.STATEMENT, "We believe that change " + h + " will move the metric")
					.set(HYPOTHESIS.METRIC_NAME, "Metric " + (h % 40))
					.set(HYPOTHESIS.BASELINE, BigDecimal.valueOf(random.nextInt(100)))
					.set(HYPOTHESIS.TARGET, BigDecimal.valueOf(100 + random.nextInt(100)))
					.set(HYPOTHESIS.DEADLINE, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(720)))
					.set(HYPOTHESIS.TEST_METHOD, TestMethod.values()[random.nextInt(TestMethod.values().length)])
					.set(HYPOTHESIS.STATUS, status));
				if (batch.size() == 1000) {
					owner.batch(batch).execute();
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				owner.batch(batch).execute();
			}
		}
		return large;
	}

	record Timing(String name, double mean, double p50, double p95, double p99, long rows) {
	}

	/**
	 * Queries at once in the concurrent part: two per core, as a busy app server sends.
	 */
	static final int CLIENTS = 2 * Runtime.getRuntime().availableProcessors();

	/**
	 * A query run by {@link #CLIENTS} clients at once: queries per second and latency.
	 */
	record Concurrent(String name, double perSecond, double mean, double p50, double p95) {
	}

	/** Per query: RLS against the owner, and the RLS query against itself (the noise). */
	record Report(List<Timing> timings, List<Double> noise, List<Concurrent> concurrent, List<Double> concurrentNoise,
			String plan) {
	}

	static Report measure(Roles roles, UUID tenant, int repetitions) {
		checkRowLevelSecurity(roles, tenant);
		List<Timing> timings = new ArrayList<>();
		Supplier<Select<? extends Record>> sortedFiltered = () -> DSL
			.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT, HYPOTHESIS.STATUS, HYPOTHESIS.DEADLINE)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(tenant))
			.and(HYPOTHESIS.STATUS.eq(HypothesisStatus.TESTING))
			.orderBy(HYPOTHESIS.UPDATED_AT.desc(), HYPOTHESIS.ID)
			.offset(500)
			.limit(50);
		Supplier<Select<? extends Record>> byDeadline = () -> DSL
			.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT, HYPOTHESIS.DEADLINE)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(tenant))
			.orderBy(HYPOTHESIS.DEADLINE.asc().nullsLast(), HYPOTHESIS.ID)
			.limit(50);
		// The grid's text filter as the repository writes it: a page of the function's
		// matches (V19), its rows read back.
		Supplier<Select<? extends Record>> textFiltered = () -> {
			var matching = HYPOTHESES_MATCHING.call("change 42").as("matching");
			var page = DSL.select(matching.ID)
				.from(matching)
				.orderBy(matching.UPDATED_AT.desc(), matching.ID.desc())
				.limit(50)
				.asTable("page");
			return DSL.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT, HYPOTHESIS.STATUS)
				.from(HYPOTHESIS)
				.join(page)
				.on(HYPOTHESIS.ID.eq(page.field(matching.ID)))
				.where(HYPOTHESIS.TENANT_ID.eq(tenant))
				.orderBy(HYPOTHESIS.UPDATED_AT.desc(), HYPOTHESIS.ID.desc());
		};
		var queries = new LinkedHashMap<String, Supplier<Select<? extends Record>>>();
		queries.put("grid page, text filter, sorted", textFiltered);
		queries.put("grid page, status filter, sorted", sortedFiltered);
		queries.put("grid first page by deadline", byDeadline);
		List<Double> noise = new ArrayList<>();
		List<Concurrent> concurrent = new ArrayList<>();
		List<Double> concurrentNoise = new ArrayList<>();
		queries.forEach((name, query) -> {
			Supplier<Integer> underRls = () -> inTenant(roles.pool(), roles.app(), tenant,
					dsl -> dsl.fetch(query.get()).size());
			Supplier<Integer> asOwner = () -> inTenant(roles.pool(), roles.owner(), tenant,
					dsl -> dsl.fetch(query.get()).size());
			timings.addAll(interleaved(name, repetitions, 1, underRls, asOwner).stream().map(Run::timing).toList());
			noise.add(spread(interleaved(name, repetitions, 1, underRls, underRls)));
			concurrent.addAll(
					interleaved(name, repetitions, CLIENTS, underRls, asOwner).stream().map(Run::concurrent).toList());
			concurrentNoise.add(spread(interleaved(name, repetitions, CLIENTS, underRls, underRls)));
		});
		var plans = new StringBuilder();
		queries.forEach((name, query) -> {
			plans.append("\n### ").append(name).append(", with RLS\n\n```\n");
			plans.append(plan(roles.pool(), roles.app(), tenant, query));
			plans.append("\n```\n\n### ").append(name).append(", as the owner\n\n```\n");
			plans.append(plan(roles.pool(), roles.owner(), tenant, query)).append("\n```\n");
		});
		return new Report(timings, noise, concurrent, concurrentNoise, plans.toString());
	}

	/** The difference of the means of a query against itself, in per cent. */
	private static double spread(List<Run> runs) {
		return difference(runs.get(0).mean(), runs.get(1).mean());
	}

	/** How much longer {@code first} took than {@code second}, in per cent. */
	private static double difference(double first, double second) {
		return (first / second - 1) * 100;
	}

	/**
	 * The roles behave as the application's: bound to the large tenant the app role sees
	 * only its hypotheses, and with no tenant bound none; the owner sees them all.
	 */
	private static void checkRowLevelSecurity(Roles roles, UUID tenant) {
		var pool = roles.pool();
		int seen = inTenant(pool, roles.app(), tenant, dsl -> dsl.fetchCount(HYPOTHESIS));
		int owned = inTenant(pool, roles.owner(), tenant,
				dsl -> dsl.fetchCount(HYPOTHESIS, HYPOTHESIS.TENANT_ID.eq(tenant)));
		int unbound = inTenant(pool, roles.app(), null, dsl -> dsl.fetchCount(HYPOTHESIS));
		int everyone = inTenant(pool, roles.owner(), null, dsl -> dsl.fetchCount(HYPOTHESIS));
		if (seen != owned || unbound != 0 || everyone <= seen) {
			throw new IllegalStateException(
					"Row-level security is not in force for the timed role: it saw " + seen + " of the tenant's "
							+ owned + " hypotheses, " + unbound + " with no tenant bound; the owner saw " + everyone);
		}
	}

	private static String plan(DSLContext pool, String role, UUID tenant, Supplier<Select<? extends Record>> query) {
		return inTenant(pool, role, tenant, dsl -> String.join("\n",
				dsl.fetch("explain (analyze, buffers) " + dsl.renderInlined(query.get())).getValues(0, String.class)));
	}

	/**
	 * Runs {@code work} in one transaction as {@code role} with the tenant bound, as the
	 * application does (which connects as its role), in one statement for both.
	 */
	private static <T> T inTenant(DSLContext pool, String role, UUID tenant, Function<DSLContext, T> work) {
		return pool.transactionResult(tx -> {
			tx.dsl()
				.fetch("select set_config('role', ?, true), set_config('app.tenant_id', ?, true)", role,
						tenant == null ? "" : tenant.toString());
			return work.apply(tx.dsl());
		});
	}

	/** The latencies of one query, as one of the two variants of an interleaved run. */
	record Run(String name, double[] sortedMillis, long rows, int clients) {

		double mean() {
			return Arrays.stream(sortedMillis).average().orElse(0);
		}

		double at(double quantile) {
			return sortedMillis[(int) (sortedMillis.length * quantile)];
		}

		Timing timing() {
			return new Timing(name, mean(), at(0.5), at(0.95), at(0.99), rows);
		}

		/** Queries per second of this variant alone: its clients' time spent on it. */
		Concurrent concurrent() {
			return new Concurrent(name, clients * 1000 / mean(), mean(), at(0.5), at(0.95));
		}

	}

	/**
	 * The query under row-level security and as the owner, alternated run by run (which
	 * goes first alternates too) by each of {@code clients} threads at once, after a
	 * warm-up: timed one after the other, the second variant ran on caches the first had
	 * warmed, and the order showed as 5-13 % of "overhead".
	 */
	private static List<Run> interleaved(String name, int repetitions, int clients, Supplier<Integer> underRls,
			Supplier<Integer> asOwner) {
		double[][] millis = new double[2][repetitions * clients];
		long[] rows = new long[2];
		try (var pool = Executors.newFixedThreadPool(clients)) {
			var ready = new CountDownLatch(clients);
			var go = new CountDownLatch(1);
			var done = new ArrayList<Future<?>>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 20; i++) {
						underRls.get();
						asOwner.get();
					}
					ready.countDown();
					go.await();
					for (int i = 0; i < repetitions; i++) {
						for (int k = 0; k < 2; k++) {
							int variant = (i + k + client) % 2;
							long from = System.nanoTime();
							rows[variant] = (variant == 0 ? underRls : asOwner).get();
							millis[variant][client * repetitions + i] = (System.nanoTime() - from) / 1e6;
						}
					}
					return null;
				}));
			}
			ready.await();
			go.countDown();
			for (var future : done) {
				future.get();
			}
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("Timing " + name + " failed", ex);
		}
		Arrays.sort(millis[0]);
		Arrays.sort(millis[1]);
		return List.of(new Run(name + " (RLS, app role)", millis[0], rows[0], clients),
				new Run(name + " (owner, no RLS)", millis[1], rows[1], clients));
	}

	private static String overhead(double underRls, double asOwner) {
		return percent(difference(underRls, asOwner));
	}

	private static String percent(double value) {
		return String.format("%+.1f %%", value);
	}

	private static void write(int tenants, int hypotheses, int repetitions, double seedSeconds, Report report,
			String database) throws IOException {
		var out = new StringBuilder("# Query benchmark\n\n");
		out.append("- when: ").append(Instant.now()).append('\n');
		out.append("- machine: ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(Runtime.version())
			.append('\n');
		out.append("- database: ").append(database).append('\n');
		out.append("- data: ")
			.append(tenants)
			.append(" tenants; the large one has 20 products and ")
			.append(hypotheses)
			.append(" hypotheses; seeded in ")
			.append(String.format("%.1f s", seedSeconds))
			.append('\n');
		out.append("- repetitions per query: ").append(repetitions).append("\n\n");
		out.append("RLS and owner runs alternate on the same connections, so neither runs on caches the other ")
			.append("warmed; the overhead is the RLS run's mean against the owner's. The last column is the ")
			.append("harness's own spread: the RLS query timed against itself the same way.\n\n");
		out.append("| query | mean ms | p50 ms | p95 ms | p99 ms | rows | RLS overhead | RLS against itself |\n")
			.append("|---|---|---|---|---|---|---|---|\n");
		var timings = report.timings();
		for (int i = 0; i < timings.size(); i++) {
			var t = timings.get(i);
			boolean rls = i % 2 == 0;
			out.append(String.format("| %s | %.3f | %.2f | %.2f | %.2f | %d | %s | %s |%n", t.name(), t.mean(), t.p50(),
					t.p95(), t.p99(), t.rows(), rls ? overhead(t.mean(), timings.get(i + 1).mean()) : "",
					rls ? percent(report.noise().get(i / 2)) : ""));
		}
		out.append("\n## The same queries, ")
			.append(CLIENTS)
			.append(" clients at once\n\n| query | queries/s | mean ms | p50 ms | p95 ms | RLS overhead |")
			.append(" RLS against itself |\n|---|---|---|---|---|---|---|\n");
		var concurrent = report.concurrent();
		for (int i = 0; i < concurrent.size(); i++) {
			var c = concurrent.get(i);
			boolean rls = i % 2 == 0;
			out.append(String.format("| %s | %.0f | %.3f | %.2f | %.2f | %s | %s |%n", c.name(), c.perSecond(),
					c.mean(), c.p50(), c.p95(), rls ? overhead(c.mean(), concurrent.get(i + 1).mean()) : "",
					rls ? percent(report.concurrentNoise().get(i / 2)) : ""));
		}
		out.append("\n## Plans (`EXPLAIN (ANALYZE, BUFFERS)`)\n").append(report.plan());
		Files.createDirectories(Path.of("bench", "results"));
		Files.writeString(Path.of("bench", "results", "query-bench.md"), out);
		var json = new StringBuilder("{\"tenants\":").append(tenants)
			.append(",\"hypotheses\":")
			.append(hypotheses)
			.append(",\"timings\":[");
		for (int i = 0; i < report.timings().size(); i++) {
			var t = report.timings().get(i);
			json.append(i == 0 ? "" : ",")
				.append(String.format("{\"query\":\"%s\",\"mean\":%.4f,\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f}",
						t.name(), t.mean(), t.p50(), t.p95(), t.p99()));
		}
		json.append("],\"rlsAgainstItselfPercent\":").append(report.noise());
		json.append(",\"clients\":").append(CLIENTS).append(",\"concurrent\":[");
		for (int i = 0; i < report.concurrent().size(); i++) {
			var c = report.concurrent().get(i);
			json.append(i == 0 ? "" : ",")
				.append(String.format("{\"query\":\"%s\",\"perSecond\":%.1f,\"mean\":%.4f,\"p50\":%.3f,\"p95\":%.3f}",
						c.name(), c.perSecond(), c.mean(), c.p50(), c.p95()));
		}
		json.append("],\"concurrentRlsAgainstItselfPercent\":").append(report.concurrentNoise()).append("}\n");
		Files.writeString(Path.of("bench", "results", "query-bench.json"), json);
		System.out.println(out);
	}

}
