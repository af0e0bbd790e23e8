package com.throughline.bench.ui;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.throughline.bench.BenchManifest;

/**
 * Retained heap per open UI session: the application's live heap after a full GC with N
 * signed-in people on a view, minus the same with none of them, divided by N. Measured
 * with {@code jcmd <pid> GC.run} and {@code GC.heap_info}. Each session keeps its push
 * WebSocket open, as a browser tab does. In turn: N members on the hypothesis grid, the
 * dashboard, the roadmap; N link holders on a shared roadmap; N signed-in client contacts
 * on the list of their client's shares, then on one share. The 3 N sessions stay open
 * (their UIs until their heartbeats are missed), so the load run that follows has them
 * too. Members go from page to page by {@link MemberJourney}'s steps, so each page is
 * left as Chromium leaves it: Vaadin keeps every UI's last answer, and a browser's last
 * request on a page (a grid's confirmation, the tabs' selection) is not the navigation.
 * Arguments: base URL, app pid, N.
 */
public final class SessionHeap {

	private static final boolean PUSH = Boolean.parseBoolean(System.getProperty("bench.push", "true"));

	/**
	 * G1 writes {@code used 123456K}, ZGC {@code used 120M}, Shenandoah
	 * {@code 120M used}.
	 */
	private static final Pattern USED = Pattern.compile("used (\\d+)([KMG])\\b|\\b(\\d+)([KMG]) used");

	private SessionHeap() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long pid = Long.parseLong(args[1]);
		int sessions = Integer.parseInt(args[2]);
		var manifest = BenchManifest.read(Path.of(BenchManifest.DEFAULT_FILE));
		var http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		// Warm-up: caches, classes and JIT settle before the baseline.
		var warm = openMembers(http, base, manifest, 10, 0);
		warm.forEach(MemberJourney::close);
		Map<String, Object> result = new LinkedHashMap<>();
		long before = liveHeapKb(pid);
		var classes = new HeapClasses(pid, sessions);
		var none = classes.take();
		result.put("sessions", sessions);
		result.put("push", PUSH);
		result.put("liveHeapWithoutKb", before);
		var people = openMembers(http, base, manifest, sessions, 10);
		long onGrid = liveHeapKb(pid);
		result.put("hypothesisGridKbPerSession", (onGrid - before) / (double) sessions);
		var grid = classes.take();
		classes.compare("Hypothesis grid (from none)", none, grid);
		for (var person : people) {
			person.step("open dashboard");
		}
		long onDashboard = liveHeapKb(pid);
		result.put("dashboardKbPerSession", (onDashboard - before) / (double) sessions);
		var dashboard = classes.take();
		classes.compare("Dashboard (from none)", none, dashboard);
		for (var person : people) {
			person.step("open roadmap");
		}
		long onRoadmap = liveHeapKb(pid);
		result.put("roadmapKbPerSession", (onRoadmap - before) / (double) sessions);
		var roadmap = classes.take();
		classes.compare("Roadmap timeline (from none)", none, roadmap);
		List<SimulatedBrowser> clients = new ArrayList<>();
		for (int i = 0; i < sessions; i++) {
			var client = new SimulatedBrowser(http, base, PUSH);
			client.open("r/" + manifest.shareTokens().get(i % manifest.shareTokens().size()));
			clients.add(client);
		}
		long withClients = liveHeapKb(pid);
		result.put("sharedRoadmapKbPerSession", (withClients - onRoadmap) / (double) sessions);
		var linkPage = classes.take();
		classes.compare("Shared roadmap by link (from the roadmap stage)", roadmap, linkPage);
		var contacts = openContacts(http, base, manifest, sessions);
		long onClientList = liveHeapKb(pid);
		result.put("clientSharesKbPerSession", (onClientList - withClients) / (double) sessions);
		classes.compare("Client contact's list (from the link stage)", linkPage, classes.take());
		for (int i = 0; i < contacts.size(); i++) {
			var contact = manifest.contacts().get(i % manifest.contacts().size());
			contacts.get(i).navigate("client/shares/" + contact.shares().getFirst(), "link");
		}
		long onClientShare = liveHeapKb(pid);
		result.put("clientShareKbPerSession", (onClientShare - withClients) / (double) sessions);
		classes.compare("Client contact's share (from the link stage)", linkPage, classes.take());
		result.put("machine", Machine.describe());
		result.put("commit", System.getProperty("bench.commit", "unknown"));
		Files.createDirectories(Path.of("bench", "results"));
		String json = UidlResponse.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
		Files.writeString(Path.of("bench", "results", "session-heap.json"), json);
		classes.write(Path.of("bench", "results", "session-heap-classes.md"));
		System.out.println(json);
		// The sessions stay open through the load that follows, as tabs left open whose
		// network went: their sockets close with this JVM, their UIs live on until their
		// heartbeats are missed.
		System.exit(0);
	}

	/**
	 * Signs client contacts in (eight at a time; the accounts in turn if there are fewer
	 * than {@code count}), each left on the list of their client's shares.
	 */
	private static List<SimulatedBrowser> openContacts(HttpClient http, String base, BenchManifest manifest, int count)
			throws Exception {
		List<SimulatedBrowser> browsers = new ArrayList<>(java.util.Collections.nCopies(count, null));
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < count; i++) {
				int index = i;
				var contact = manifest.contacts().get(i % manifest.contacts().size());
				pool.submit(() -> {
					var browser = new SimulatedBrowser(http, base, PUSH);
					new ContactJourney(browser, contact, new java.util.Random(index)).signIn(manifest.password());
					synchronized (browsers) {
						browsers.set(index, browser);
					}
					return null;
				});
			}
		}
		if (browsers.contains(null)) {
			throw new IllegalStateException("Only " + browsers.stream().filter(b -> b != null).count() + " of " + count
					+ " contacts signed in");
		}
		return browsers;
	}

	/** Signs people in (eight at a time) and leaves each on the hypothesis grid. */
	private static List<MemberJourney> openMembers(HttpClient http, String base, BenchManifest manifest, int count,
			int offset) throws Exception {
		List<MemberJourney> browsers = java.util.Collections.synchronizedList(new ArrayList<>());
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int i = 0; i < count; i++) {
				int index = offset + i;
				String email = manifest.users().get(index % manifest.users().size());
				pool.submit(() -> {
					var journey = new MemberJourney(new SimulatedBrowser(http, base, PUSH), new java.util.Random(index),
							manifest.sizes().hypotheses());
					journey.signIn(email, manifest.password());
					journey.step("open hypotheses");
					browsers.add(journey);
					return null;
				});
			}
		}
		if (browsers.size() != count) {
			throw new IllegalStateException("Only " + browsers.size() + " of " + count + " sessions opened");
		}
		return browsers;
	}

	/** Heap in use after two full collections, in KB. */
	static long liveHeapKb(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		jcmd(pid, "GC.run");
		return usedKb(jcmd(pid, "GC.heap_info"));
	}

	/**
	 * The heap in use, in KB, as {@code GC.heap_info} gives it for the collector in use.
	 */
	static long usedKb(String heapInfo) {
		var matcher = USED.matcher(heapInfo);
		if (!matcher.find()) {
			throw new IllegalStateException("No heap figure from jcmd: " + heapInfo);
		}
		int group = matcher.group(1) != null ? 1 : 3;
		long kb = switch (matcher.group(group + 1)) {
			case "G" -> 1024 * 1024;
			case "M" -> 1024;
			default -> 1;
		};
		return Long.parseLong(matcher.group(group)) * kb;
	}

	static String jcmd(long pid, String command) throws IOException, InterruptedException {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		var process = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return out;
	}

}
