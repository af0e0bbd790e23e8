package com.throughline.bench.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin's protocol over HTTP, as Chromium does with Vaadin 25:
 * the Spring Security form sign-in with its CSRF token, {@code GET ?v-r=init} for a new
 * UI (its id, the {@code Vaadin-Security-Key} and the push id), then
 * {@code POST ?v-r=uidl&v-uiId=N} with the CSRF token, the last {@code syncId} seen and
 * an increasing {@code clientId}. Server-to-client push goes over a WebSocket per UI
 * ({@link PushConnection}); client-to-server messages always go over HTTP
 * ({@code alwaysXhrToServer}). Records the signature of everything it sends, for the
 * comparison with a real browser.
 */
final class SimulatedBrowser implements AutoCloseable {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

	private final HttpClient http;

	private final String base;

	private final boolean push;

	private String cookie = "";

	private int uiId = -1;

	private String csrfToken = "";

	private int syncId;

	private int clientId;

	private int historyIndex;

	private Map<String, Integer> elements = new HashMap<>();

	private PushConnection pushConnection;

	private String pushId = "";

	private List<String> sent = new ArrayList<>();

	SimulatedBrowser(HttpClient http, String base, boolean push) {
		this.http = http;
		this.base = base;
		this.push = push;
	}

	/** Form sign-in; ends on the page Spring Security sends the person to, opened. */
	UidlResponse signIn(String email, String password) throws IOException {
		var loginPage = get("/login");
		var token = CSRF_META.matcher(loginPage.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		openUi("login", "");
		String form = "_csrf=" + encode(token.group(1)) + "&username=" + encode(email) + "&password="
				+ encode(password);
		var answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), "POST /login");
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in refused for " + email + ": " + location);
		}
		leavePage();
		return open("");
	}

	/**
	 * A page load of {@code location}: the page left, the HTML, a new UI, its first
	 * navigation.
	 */
	UidlResponse open(String location) throws IOException {
		leavePage();
		get("/" + location);
		return openUi(location, "");
	}

	/**
	 * What Vaadin's client sends as a page goes ({@code pagehide}): a beacon that closes
	 * its UI on the server at once, instead of after three missed heartbeats.
	 */
	private void leavePage() throws IOException {
		if (uiId < 0) {
			return;
		}
		var message = Map.of("csrfToken", csrfToken, "rpc", List.of(), "syncId", syncId, "clientId", clientId, "UNLOAD",
				true);
		send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
			.header("Content-Type", "text/plain;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(UidlResponse.JSON.writeValueAsString(message))), "UNLOAD");
		closePush();
		uiId = -1;
	}

	private UidlResponse openUi(String location, String query) throws IOException {
		var init = get("/?v-r=init&location=" + encode(location) + "&query=" + encode(query)
				+ "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-tzo=0&v-tzid=UTC");
		var config = UidlResponse.JSON.readTree(init.body()).path("appConfig");
		uiId = config.path("v-uiId").asInt();
		var uidl = config.path("uidl");
		csrfToken = uidl.path("Vaadin-Security-Key").asString();
		syncId = uidl.path("syncId").asInt();
		clientId = uidl.path("clientId").asInt();
		historyIndex = 0;
		elements = new HashMap<>();
		closePush();
		pushId = uidl.path("Vaadin-Push-ID").asString();
		openPushWhenEnabled(UidlResponse.parse(uidl.toString()));
		return navigate("/" + location, "");
	}

	/**
	 * The router's navigation event, as the first load ({@code trigger} empty), a side
	 * navigation item ({@code client}) or a router link ({@code link}) sends it.
	 */
	UidlResponse navigate(String route, String trigger) throws IOException {
		var state = new LinkedHashMap<String, Object>();
		state.put("idx", trigger.isEmpty() ? 0 : ++historyIndex);
		return rpc(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data",
				Map.of("route", route, "query", "", "appShellTitle", "", "historyState", state, "trigger", trigger)));
	}

	UidlResponse callServer(int node, String method, List<?> args) throws IOException {
		return rpc(Map.of("type", "publishedEventHandler", "node", node, "templateEventMethodName", method,
				"templateEventMethodArgs", args, "promise", clientId));
	}

	/**
	 * Typing into a text field: the new value, then the event its value-change mode
	 * listens to.
	 */
	UidlResponse type(int node, String value) throws IOException {
		return rpc(Map.of("type", "mSync", "node", node, "feature", 1, "property", "value", "value", value),
				Map.of("type", "event", "node", node, "event", "input", "data", Map.of("1", 1, "for", "trailing")));
	}

	/**
	 * A field whose value is committed on change (a text area losing focus): the new
	 * value, then the change event.
	 */
	UidlResponse change(int node, String value) throws IOException {
		return rpc(Map.of("type", "mSync", "node", node, "feature", 1, "property", "value", "value", value),
				Map.of("type", "event", "node", node, "event", "change", "data", Map.of()));
	}

	/** A DOM event a page's listener asked for, with the values its expressions read. */
	UidlResponse domEvent(int node, String type, Map<String, ?> data) throws IOException {
		return rpc(Map.of("type", "event", "node", node, "event", type, "data", data));
	}

	/** A mouse click on a component with a click listener, such as a button. */
	UidlResponse click(int node) throws IOException {
		var data = new LinkedHashMap<String, Object>();
		data.put("event.shiftKey", false);
		data.put("event.metaKey", false);
		data.put("event.detail", 1);
		data.put("event.ctrlKey", false);
		data.put("event.clientX", 575);
		data.put("event.clientY", 542);
		data.put("event.altKey", false);
		data.put("event.button", 0);
		data.put("event.screenY", 659);
		data.put("event.screenX", 605);
		return rpc(Map.of("type", "event", "node", node, "event", "click", "data", data));
	}

	/** A click on a grid row: select, details, then the item click event. */
	UidlResponse clickRow(int grid, String key) throws IOException {
		return rpc(
				Map.of("type", "publishedEventHandler", "node", grid, "templateEventMethodName", "select",
						"templateEventMethodArgs", List.of(key), "promise", clientId),
				Map.of("type", "publishedEventHandler", "node", grid, "templateEventMethodName", "setDetailsVisible",
						"templateEventMethodArgs", List.of(key), "promise", clientId + 1),
				Map.of("type", "event", "node", grid, "event", "item-click", "data", Map.of("event.detail.itemKey", key,
						"event.detail.internalColumnId", "col0", "event.detail.button", 0, "event.detail.detail", 1)));
	}

	/** Answers each grid's {@code $connector.confirm}, as the grid connector does. */
	void confirmGrids(UidlResponse answer) throws IOException {
		for (int[] update : answer.gridConfirmations()) {
			callServer(update[0], "confirmUpdate", List.of(update[1]));
		}
	}

	boolean has(String id) {
		return elements.containsKey(id);
	}

	Integer element(String id) {
		Integer node = elements.get(id);
		if (node == null) {
			throw new IllegalStateException("No element #" + id + " on the page");
		}
		return node;
	}

	@SafeVarargs
	final UidlResponse rpc(Map<String, ?>... calls) throws IOException {
		var message = Map.of("csrfToken", csrfToken, "rpc", List.of(calls), "syncId", syncId, "clientId", clientId);
		for (var call : calls) {
			Object name = call.containsKey("event") ? call.get("event") : call.containsKey("templateEventMethodName")
					? call.get("templateEventMethodName") : call.get("property");
			sent.add(call.get("type") + ":" + name);
		}
		var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(UidlResponse.JSON.writeValueAsString(message))), null);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("UIDL answered HTTP " + response.statusCode());
		}
		var answer = UidlResponse.parse(response.body());
		answer.failure().ifPresent(failure -> {
			throw new IllegalStateException("UIDL failure: " + failure);
		});
		synchronized (this) {
			syncId = Math.max(syncId, answer.syncId());
		}
		clientId++;
		elements.putAll(answer.elementIds());
		openPushWhenEnabled(answer);
		return answer;
	}

	/**
	 * As the browser does: a push connection once the server turns push on for the UI,
	 * closed when it turns push off.
	 */
	private void openPushWhenEnabled(UidlResponse answer) throws IOException {
		if (answer.disablesPush()) {
			closePush();
		}
		else if (push && pushConnection == null && answer.enablesPush()) {
			pushConnection = PushConnection.open(http, base, uiId, pushId, cookie, this::pushed);
			sent.add("WEBSOCKET push");
		}
	}

	/** A push message carries a sync id too: the next message must acknowledge it. */
	private synchronized void pushed(UidlResponse message) {
		syncId = Math.max(syncId, message.syncId());
	}

	private HttpResponse<String> get(String path) throws IOException {
		var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET(),
				"GET " + (path.startsWith("/?v-r=init") ? "init" : path.replaceAll("/r/.+", "/r/<token>")));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered HTTP " + response.statusCode());
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String signature) throws IOException {
		if (signature != null) {
			sent.add(signature);
		}
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
		}
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			response.headers().allValues("Set-Cookie").forEach(set -> {
				var session = SESSION_COOKIE.matcher(set);
				if (session.find()) {
					cookie = "JSESSIONID=" + session.group(1);
				}
			});
			return response;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", ex);
		}
	}

	/** What was sent since the last call: request and RPC signatures. */
	List<String> takeSent() {
		var taken = sent;
		sent = new ArrayList<>();
		return taken;
	}

	private void closePush() {
		if (pushConnection != null) {
			pushConnection.close();
			pushConnection = null;
		}
	}

	/** The tab closed: its page is left, with the beacon, as a browser does. */
	@Override
	public void close() {
		try {
			leavePage();
		}
		catch (IOException | RuntimeException gone) {
			// The server may be gone or the session over: the tab closes anyway.
		}
		closePush();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
