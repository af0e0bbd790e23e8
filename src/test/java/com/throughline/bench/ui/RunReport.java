package com.throughline.bench.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One load run's figures, written as JSON and as a Markdown summary with the machine, the
 * commit and the settings.
 */
record RunReport(RunSettings settings, String database, int seededMembers, List<Steps.Summary> steps,
		double interactionsPerSecond, double appCpuCores, double postgresCpuCores, double driverCpuCores,
		int membersStarted, int contactsStarted, HeapClasses.OpenSessions openAtEnd, List<QueryStats.Statement> queries,
		Steps.Slow slow, java.util.Map<String, Long> kernel) {

	static void write(RunReport report, Path dir) throws IOException {
		Files.createDirectories(dir);
		String stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
		String name = "ui-" + report.settings().mode() + "-" + stamp;
		var json = new java.util.LinkedHashMap<String, Object>();
		json.put("when", Instant.now().toString());
		json.put("machine", Machine.describe());
		json.put("commit", System.getProperty("bench.commit", "unknown"));
		json.put("sharedMachine", System.getProperty("bench.shared", "unknown"));
		json.put("report", report);
		Files.writeString(dir.resolve(name + ".json"),
				UidlResponse.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
		String markdown = report.markdown();
		Files.writeString(dir.resolve(name + ".md"), markdown);
		System.out.println(markdown);
	}

	/** Where the slow steps lie, and the kernel's counters over the window. */
	private String tail() {
		var out = new StringBuilder(String.format(
				"%n%nSteps over %.0f ms started in the window: %d, ending in %d of its %d seconds; the busiest seconds: %s.%n",
				Steps.SLOW_MILLIS, slow.steps(), slow.seconds(), settings.measureSeconds(),
				slow.busiestSeconds()
					.stream()
					.map(second -> "s" + second.second() + " " + second.steps())
					.collect(java.util.stream.Collectors.joining(", "))));
		out.append("Their durations (ms from, steps): ").append(slow.countByMillis()).append(".\n");
		out.append("Kernel counters over the window (the whole machine; cpu in ticks of 10 ms): ")
			.append(kernel)
			.append('.');
		return out.toString();
	}

	String markdown() {
		var s = settings;
		var out = new StringBuilder("# UI load run (" + s.mode() + ")\n\n");
		out.append("- when: ").append(Instant.now()).append('\n');
		out.append("- machine: ").append(Machine.describe()).append('\n');
		out.append("- commit: ").append(System.getProperty("bench.commit", "unknown")).append('\n');
		out.append("- machine shared with other work during the run: ")
			.append(System.getProperty("bench.shared", "unknown"))
			.append('\n');
		out.append("- database: ").append(database).append('\n');
		out.append("- driver JVM: ").append(ManagementFactory.getRuntimeMXBean().getVmVersion()).append('\n');
		if (s.mode().equals("share")) {
			out.append(String.format("- settings: %d link openings/s for %d s (after 5 s warm-up)%n", s.rate(),
					s.measureSeconds()));
		}
		else {
			out.append(String.format(
					"- settings: %d people (%.0f %% link holders, %.0f %% signed-in client contacts), ramp %d s, settling %d s, measured %d s, think time %.1f s ±50 %%, push %s%n",
					s.users(), s.clientShare() * 100, s.contactShare() * 100, s.rampSeconds(), s.settleSeconds(),
					s.measureSeconds(), s.thinkSeconds(), s.push() ? "on (one WebSocket per UI)" : "off"));
		}
		out.append(String.format("- interactions/s (measured window): %.1f%n", interactionsPerSecond));
		out.append(String.format("- CPU (cores of 2): app JVM %.2f, PostgreSQL %s, load driver %.2f%n%n", appCpuCores,
				database.startsWith("external") ? "not measured (external)" : String.format("%.2f", postgresCpuCores),
				driverCpuCores));
		out.setLength(out.length() - 1);
		out.append(String.format("- open in the app at the window's end: %d HTTP sessions, %d UIs%n%n",
				openAtEnd.httpSessions(), openAtEnd.uis()));
		out.append("| step | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
		for (var step : steps) {
			out.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", step.step(), step.count(),
					step.errors(), step.p50(), step.p95(), step.p99(), step.max()));
		}
		steps.stream()
			.filter(step -> !step.sampleErrors().isEmpty())
			.forEach(step -> out.append("\nErrors of ").append(step.step()).append(": ").append(step.sampleErrors()));
		out.append(tail());
		if (!queries.isEmpty()) {
			out.append("\n\nPostgreSQL statements with the most execution time in the window (pg_stat_statements; ")
				.append("time spent waiting for a CPU counts too):\n\n")
				.append("| calls | total ms | mean ms | rows | statement |\n|---|---|---|---|---|\n");
			queries.forEach(q -> out.append(String.format("| %d | %.0f | %.2f | %d | `%s` |%n", q.calls(),
					q.totalMillis(), q.meanMillis(), q.rows(), q.query().replace("|", "\\|").replace("`", "'"))));
		}
		return out.append('\n').toString();
	}

}
