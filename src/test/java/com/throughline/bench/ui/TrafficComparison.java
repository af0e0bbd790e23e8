package com.throughline.bench.ui;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import com.throughline.bench.BenchManifest;
import tools.jackson.databind.JsonNode;

/**
 * Proof that the simulated traffic is a browser's: runs one member, one link holder and
 * one signed-in client contact through every step with the driver, and compares, step by
 * step, the requests and RPC kinds it sent with those Chromium sent in
 * {@code bench/results/browser-trace.json} (written by {@code BrowserReplay}). The
 * property echoes a web component sends when it upgrades ({@code *-changed} events and
 * their {@code mSync}) carry values the server set itself; the driver leaves them out and
 * the comparison lists them apart, as it does the beacon that closes a page's UI, which
 * Playwright never reports. Arguments: base URL.
 */
public final class TrafficComparison {

	private static final String UNLOAD = "UNLOAD";

	private TrafficComparison() {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:18080";
		var manifest = BenchManifest.read(Path.of(BenchManifest.DEFAULT_FILE));
		var http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Map<String, Map<String, List<String>>> driver = new LinkedHashMap<>();
		var member = new LinkedHashMap<String, List<String>>();
		driver.put("member", member);
		try (var browser = new SimulatedBrowser(http, base, true)) {
			var journey = new MemberJourney(browser, new Random(3), manifest.sizes().hypotheses());
			journey.signIn(manifest.users().getFirst(), manifest.password());
			member.put("sign in", browser.takeSent());
			for (String step : MemberJourney.LOOP) {
				journey.step(step);
				member.merge(step, browser.takeSent(), (a, b) -> a);
			}
		}
		var client = new LinkedHashMap<String, List<String>>();
		driver.put("client", client);
		try (var browser = new SimulatedBrowser(http, base, true)) {
			browser.open("r/" + manifest.shareTokens().getFirst());
			client.put("open shared roadmap", browser.takeSent());
		}
		var contact = new LinkedHashMap<String, List<String>>();
		driver.put("contact", contact);
		try (var browser = new SimulatedBrowser(http, base, true)) {
			var journey = new ContactJourney(browser, manifest.contacts().getFirst(), new Random(3));
			journey.signIn(manifest.password());
			contact.put("contact sign in", browser.takeSent());
			for (String step : ContactJourney.LOOP) {
				journey.step(step);
				contact.put(step, browser.takeSent());
			}
		}
		var trace = UidlResponse.JSON.readTree(Files.readString(Path.of("bench", "results", "browser-trace.json")));
		var out = new StringBuilder("# Driver traffic against Chromium's\n\n");
		out.append("Per step, the distinct requests and RPCs (type:event, method or property). ")
			.append("Echoes are the upgrade-time property events Chromium sends and the driver omits. ")
			.append("The UNLOAD beacon is what Vaadin's client sends as a page is left (the sign-in page ")
			.append("after the form post); Chromium sends it, but Playwright reports no request of a page ")
			.append("being unloaded, so the trace cannot show it.\n\n")
			.append("| step | same | Chromium only (not echoes) | driver only | left out (echoes, beacon) |\n")
			.append("|---|---|---|---|---|\n");
		int mismatches = 0;
		int compared = 0;
		for (var scenario : driver.entrySet()) {
			for (var entry : scenario.getValue().entrySet()) {
				JsonNode recorded = trace.path(scenario.getKey()).path(entry.getKey());
				if (recorded.isMissingNode()) {
					throw new IllegalStateException("No step " + entry.getKey() + " of " + scenario.getKey()
							+ " in the browser trace: run BrowserReplay first");
				}
				var chromium = signatures(recorded);
				var echoes = new TreeSet<String>();
				chromium.removeIf(s -> echo(s) && echoes.add(s));
				var sent = new TreeSet<>(entry.getValue());
				if (sent.remove(UNLOAD)) {
					echoes.add(UNLOAD + " beacon");
				}
				var onlyChromium = new TreeSet<>(chromium);
				onlyChromium.removeAll(sent);
				var onlyDriver = new TreeSet<>(sent);
				onlyDriver.removeAll(chromium);
				var same = new TreeSet<>(sent);
				same.retainAll(chromium);
				mismatches += onlyChromium.size() + onlyDriver.size();
				compared++;
				out.append(String.format("| %s: %s | %s | %s | %s | %s |%n", scenario.getKey(), entry.getKey(), same,
						onlyChromium, onlyDriver, echoes));
			}
		}
		out.append("\nDifferences apart from echoes: ")
			.append(mismatches)
			.append(" in ")
			.append(compared)
			.append(" steps\n");
		Files.writeString(Path.of("bench", "results", "traffic-comparison.md"), out);
		System.out.println(out);
		System.exit(0);
	}

	private static boolean echo(String signature) {
		return signature.endsWith("-changed") || signature.equals("event:closed")
				|| (signature.startsWith("mSync:") && !signature.equals("mSync:value"));
	}

	private static TreeSet<String> signatures(JsonNode requests) {
		var out = new TreeSet<String>();
		for (JsonNode request : requests) {
			String method = request.path("method").asString();
			String url = request.path("url").asString();
			if (method.equals("WEBSOCKET")) {
				out.add("WEBSOCKET push");
			}
			else if (url.startsWith("/?v-r=init")) {
				out.add("GET init");
			}
			else if (url.startsWith("/?v-r=uidl")) {
				if (request.path("body").has(UNLOAD)) {
					out.add(UNLOAD);
				}
				for (JsonNode call : request.path("body").path("rpc")) {
					String type = call.path("type").asString();
					String name = call.has("event") ? call.path("event").asString()
							: call.has("templateEventMethodName") ? call.path("templateEventMethodName").asString()
									: call.path("property").asString();
					out.add(type + ":" + name);
				}
			}
			else if (!url.endsWith(".css") && !url.contains(".css?")) {
				out.add(method + " " + url.replaceAll("/r/.+", "/r/<token>").replaceAll("\\?.*", ""));
			}
		}
		return out;
	}

}
