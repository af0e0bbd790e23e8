package com.throughline.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.db.DatabaseProperties;
import com.throughline.strategy.domain.Market;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.HYPOTHESES_MATCHING;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.TENANT;

/**
 * Database cost at scale: a seeded data set (default 1,000 tenants, one large tenant with
 * 20 products and 50,000 hypotheses), then the hypothesis grid's page query timed with
 * row-level security (app role, tenant bound) and without (owner), and its plan. Not part
 * of {@code verify}: run {@code bench/run}. Arguments: tenants, hypotheses of the large
 * tenant, repetitions.
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
				.placeholders(java.util.Map.of("appRole", props.appUser()))
				.load()
				.migrate();
			var owner = DSL.using(pool(props.url(), props.ownerUser(), props.ownerPassword()), SQLDialect.POSTGRES);
			var app = DSL.using(pool(props.url(), props.appUser(), props.appPassword()), SQLDialect.POSTGRES);
			long seedStart = System.nanoTime();
			UUID large = seed(owner, tenants, hypotheses);
			double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
			owner.execute("analyze");
			var report = measure(owner, app, large, repetitions);
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
		config.setMaximumPoolSize(2);
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
		return new HikariDataSource(config);
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

	record Timing(String name, double p50, double p95, double p99, long rows) {
	}

	record Report(List<Timing> timings, String plan) {
	}

	static Report measure(DSLContext owner, DSLContext app, UUID tenant, int repetitions) {
		List<Timing> timings = new ArrayList<>();
		Supplier<org.jooq.Select<? extends org.jooq.Record>> sortedFiltered = () -> DSL
			.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT, HYPOTHESIS.STATUS, HYPOTHESIS.DEADLINE)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(tenant))
			.and(HYPOTHESIS.STATUS.eq(HypothesisStatus.TESTING))
			.orderBy(HYPOTHESIS.UPDATED_AT.desc(), HYPOTHESIS.ID)
			.offset(500)
			.limit(50);
		Supplier<org.jooq.Select<? extends org.jooq.Record>> byDeadline = () -> DSL
			.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT, HYPOTHESIS.DEADLINE)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(tenant))
			.orderBy(HYPOTHESIS.DEADLINE.asc().nullsLast(), HYPOTHESIS.ID)
			.limit(50);
		// The grid's text filter as the repository writes it: a page of the function's
		// matches (V19), its rows read back.
		Supplier<org.jooq.Select<? extends org.jooq.Record>> textFiltered = () -> {
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
		timings.add(time("grid page, text filter, sorted (RLS, app role)", repetitions,
				() -> inTenant(app, tenant, dsl -> dsl.fetch(textFiltered.get()).size())));
		timings.add(time("grid page, text filter, sorted (owner, no RLS)", repetitions,
				() -> inTenant(owner, tenant, dsl -> dsl.fetch(textFiltered.get()).size())));
		timings.add(time("grid page, status filter, sorted (RLS, app role)", repetitions,
				() -> inTenant(app, tenant, dsl -> dsl.fetch(sortedFiltered.get()).size())));
		timings.add(time("grid page, status filter, sorted (owner, no RLS)", repetitions,
				() -> inTenant(owner, tenant, dsl -> dsl.fetch(sortedFiltered.get()).size())));
		timings.add(time("grid first page by deadline (RLS, app role)", repetitions,
				() -> inTenant(app, tenant, dsl -> dsl.fetch(byDeadline.get()).size())));
		timings.add(time("grid first page by deadline (owner, no RLS)", repetitions,
				() -> inTenant(owner, tenant, dsl -> dsl.fetch(byDeadline.get()).size())));
		String plan = inTenant(app, tenant,
				dsl -> String.join("\n",
						dsl.fetch("explain (analyze, buffers) " + dsl.renderInlined(sortedFiltered.get()))
							.getValues(0, String.class)));
		return new Report(timings, plan);
	}

	/**
	 * Runs {@code work} in one transaction with the tenant bound, as the application
	 * does.
	 */
	private static <T> T inTenant(DSLContext app, UUID tenant, java.util.function.Function<DSLContext, T> work) {
		return app.transactionResult(tx -> {
			tx.dsl().fetch("select set_config('app.tenant_id', ?, true)", tenant.toString());
			return work.apply(tx.dsl());
		});
	}

	private static Timing time(String name, int repetitions, Supplier<Integer> query) {
		for (int i = 0; i < 20; i++) {
			query.get();
		}
		double[] millis = new double[repetitions];
		long rows = 0;
		for (int i = 0; i < repetitions; i++) {
			long start = System.nanoTime();
			rows = query.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return new Timing(name, millis[repetitions / 2], millis[(int) (repetitions * 0.95)],
				millis[(int) (repetitions * 0.99)], rows);
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
		out.append("| query | p50 ms | p95 ms | p99 ms | rows |\n|---|---|---|---|---|\n");
		report.timings()
			.forEach(t -> out.append(String.format("| %s | %.2f | %.2f | %.2f | %d |%n", t.name(), t.p50(), t.p95(),
					t.p99(), t.rows())));
		out.append("\n## Plan of the filtered, sorted page with RLS\n\n```\n").append(report.plan()).append("\n```\n");
		Files.createDirectories(Path.of("bench", "results"));
		Files.writeString(Path.of("bench", "results", "query-bench.md"), out);
		var json = new StringBuilder("{\"tenants\":").append(tenants)
			.append(",\"hypotheses\":")
			.append(hypotheses)
			.append(",\"timings\":[");
		for (int i = 0; i < report.timings().size(); i++) {
			var t = report.timings().get(i);
			json.append(i == 0 ? "" : ",")
				.append(String.format("{\"query\":\"%s\",\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f}", t.name(), t.p50(),
						t.p95(), t.p99()));
		}
		json.append("]}\n");
		Files.writeString(Path.of("bench", "results", "query-bench.json"), json);
		System.out.println(out);
	}

}
