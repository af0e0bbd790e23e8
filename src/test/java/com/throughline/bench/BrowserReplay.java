package com.throughline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import tools.jackson.databind.json.JsonMapper;

/**
 * One user of each load scenario in real Chromium, with every request the browser sends
 * to the server recorded per step: the reference the load driver's traffic is compared
 * with ({@link TrafficComparison}). Arguments: base URL, manifest file.
 */
public final class BrowserReplay {

	private static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	private final Page page;

	private final String base;

	private final Map<String, List<Map<String, Object>>> steps = new LinkedHashMap<>();

	private List<Map<String, Object>> current = new ArrayList<>();

	private BrowserReplay(Page page, String base) {
		this.page = page;
		this.base = base;
		page.onRequest(this::record);
		page.onWebSocket(socket -> current
			.add(Map.of("method", "WEBSOCKET", "url", socket.url().replaceFirst("^ws://[^/]+", ""))));
	}

	public static void main(String[] args) throws IOException {
		String base = args.length > 0 ? args[0] : "http://localhost:18080";
		var manifest = BenchManifest.read(Path.of(args.length > 1 ? args[1] : BenchManifest.DEFAULT_FILE));
		String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		try (var playwright = Playwright.create();
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
						.setHeadless(true)
						.setArgs(CHROMIUM_FLAGS))) {
			var member = new BrowserReplay(browser.newContext().newPage(), base);
			var client = new BrowserReplay(browser.newContext().newPage(), base);
			var contact = new BrowserReplay(browser.newContext().newPage(), base);
			var all = new LinkedHashMap<String, Object>();
			all.put("member", member.steps);
			all.put("client", client.steps);
			all.put("contact", contact.steps);
			try {
				member.memberScenario(manifest);
				client.clientScenario(manifest);
				contact.contactScenario(manifest);
			}
			finally {
				Path out = Path.of("bench", "results", "browser-trace.json");
				Files.createDirectories(out.getParent());
				JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), all);
				System.out.println("Browser trace written to " + out);
			}
		}
	}

	private void signIn(String email, String password) {
		page.navigate(base + "/login");
		page.locator("#vaadinLoginUsername input").fill(email);
		page.locator("#vaadinLoginPassword input").fill(password);
		page.locator("vaadin-login-form vaadin-button").first().click();
	}

	private void memberScenario(BenchManifest manifest) {
		step("sign in", () -> {
			signIn(manifest.users().getFirst(), manifest.password());
			page.locator("vaadin-side-nav-item").first().waitFor();
			page.waitForTimeout(1500);
		});
		step("open hypotheses", () -> {
			page.locator("vaadin-side-nav-item[path='hypotheses']").click();
			page.waitForCondition(() -> firstRowCell() != null);
		});
		step("scroll grid", () -> {
			page.locator("vaadin-grid#hypotheses")
				.evaluate("g => g.scrollToIndex(" + Integer.getInteger("bench.scrollTo", 40_000) + ")");
			page.waitForTimeout(1500);
		});
		step("sort grid", () -> {
			page.locator("vaadin-grid#hypotheses vaadin-grid-sorter").first().click();
			page.waitForTimeout(1500);
		});
		step("filter grid", () -> {
			page.locator("#filter-text input").fill(System.getProperty("bench.filter", "change 12"));
			page.waitForTimeout(2000);
		});
		step("open hypothesis", () -> {
			page.locator("vaadin-grid-cell-content[slot='" + firstRowCell() + "']").click();
			page.waitForURL("**/hypotheses/*");
			page.waitForTimeout(1000);
		});
		step("add evidence", () -> {
			page.locator("#evidence-summary textarea").fill("Replayed evidence");
			page.locator("#add-evidence").click();
			page.locator(".evidence-entry")
				.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Replayed evidence"))
				.first()
				.waitFor();
			page.waitForTimeout(1000);
		});
		step("open roadmap", () -> {
			page.locator("vaadin-side-nav-item[path='roadmap']").click();
			page.locator("#timeline").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
			page.waitForTimeout(1000);
		});
		step("open dashboard", () -> {
			page.locator("vaadin-side-nav-item[path='']").click();
			page.waitForTimeout(1500);
		});
	}

	private void clientScenario(BenchManifest manifest) {
		step("open shared roadmap", () -> {
			page.navigate(base + "/r/" + manifest.shareTokens().getFirst());
			page.locator("main").first().waitFor();
			page.waitForTimeout(1000);
		});
	}

	/**
	 * A signed-in client contact: lands on the list of their client's shares ({@code /}
	 * forwards to {@code /client}), opens the first, marks its first item important and
	 * goes back to the list by its link.
	 */
	private void contactScenario(BenchManifest manifest) {
		var contact = manifest.contacts().getFirst();
		step("contact sign in", () -> {
			signIn(contact.email(), manifest.password());
			page.waitForURL("**/client");
			page.locator(".client-share a").first().waitFor();
			page.waitForTimeout(1500);
		});
		step("open client share", () -> {
			page.locator(".client-share a").first().click();
			page.waitForURL("**/client/shares/*");
			page.locator("#buyer-view, #user-view").first().waitFor();
			page.waitForTimeout(1500);
		});
		step("react to item", () -> {
			page.locator("button.react").first().click();
			page.locator(".phase .badge.status-validated").first().waitFor();
			page.waitForTimeout(1000);
		});
		step("open client shares", () -> {
			page.locator(".page > a[href='client']").first().click();
			page.waitForURL("**/client");
			page.locator(".client-share a").first().waitFor();
			page.waitForTimeout(1500);
		});
	}

	/** The slot of the first body cell in view, or null before the grid has rows. */
	private String firstRowCell() {
		return (String) page.locator("vaadin-grid#hypotheses")
			.evaluate("g => { const s = g.shadowRoot.querySelector('#items tr:not([hidden]) td slot');"
					+ " const c = s && s.assignedElements()[0]; return c && c.textContent ? s.name : null }");
	}

	private void step(String name, Runnable action) {
		current = new ArrayList<>();
		steps.put(name, current);
		action.run();
		page.waitForLoadState();
	}

	private void record(Request request) {
		if (!request.url().startsWith(base) || request.url().contains("/VAADIN/")) {
			return;
		}
		var entry = new LinkedHashMap<String, Object>();
		entry.put("method", request.method());
		entry.put("url", request.url().substring(base.length()));
		entry.put("headers", request.headers());
		String body = request.postData();
		if (body != null) {
			entry.put("body", body.startsWith("{") ? JsonMapper.builder().build().readTree(body) : body);
		}
		current.add(entry);
	}

}
