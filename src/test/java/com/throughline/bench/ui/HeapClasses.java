package com.throughline.bench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a session's heap is made of: the live objects by class ({@code jcmd <pid>
 * GC.class_histogram}, itself after a full collection) on a view, minus the same before,
 * per session — the classes that grew most, in a Markdown table per view.
 */
final class HeapClasses {

	private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

	private static final int SHOWN = 15;

	private final long pid;

	private final int sessions;

	private final StringBuilder report = new StringBuilder();

	HeapClasses(long pid, int sessions) {
		this.pid = pid;
		this.sessions = sessions;
		report.append("# Retained heap per session by class\n\n")
			.append("Live bytes by class on each view minus before it, divided by the ")
			.append(sessions)
			.append(" sessions; the ")
			.append(SHOWN)
			.append(" classes that grew most (`jcmd GC.class_histogram`).\n");
	}

	/** Live bytes by class name now. */
	Map<String, Long> take() throws IOException, InterruptedException {
		Map<String, Long> bytes = new HashMap<>();
		var rows = ROW.matcher(SessionHeap.jcmd(pid, "GC.class_histogram"));
		while (rows.find()) {
			bytes.merge(rows.group(3), Long.parseLong(rows.group(2)), Long::sum);
		}
		return bytes;
	}

	/**
	 * Open HTTP sessions and Vaadin UIs in the application now: the live instances of
	 * Tomcat's session and of Vaadin's UI class.
	 */
	static OpenSessions open(long pid) throws IOException, InterruptedException {
		long sessions = 0;
		long uis = 0;
		var rows = ROW.matcher(SessionHeap.jcmd(pid, "GC.class_histogram"));
		while (rows.find()) {
			switch (rows.group(3)) {
				case "org.apache.catalina.session.StandardSession" -> sessions = Long.parseLong(rows.group(1));
				case "com.vaadin.flow.component.UI" -> uis = Long.parseLong(rows.group(1));
				default -> {
				}
			}
		}
		return new OpenSessions(sessions, uis);
	}

	record OpenSessions(long httpSessions, long uis) {
	}

	void compare(String view, Map<String, Long> before, Map<String, Long> after) {
		report.append("\n## ").append(view).append("\n\n| class | KB per session |\n|---|---|\n");
		after.entrySet()
			.stream()
			.map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(SHOWN)
			.forEach(e -> report.append("| `")
				.append(e.getKey())
				.append("` | ")
				.append(String.format(java.util.Locale.ROOT, "%.1f", e.getValue() / 1024.0 / sessions))
				.append(" |\n"));
	}

	void write(Path file) throws IOException {
		Files.writeString(file, report);
	}

}
