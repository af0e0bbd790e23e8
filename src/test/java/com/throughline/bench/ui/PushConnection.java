package com.throughline.bench.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The WebSocket a Vaadin UI opens for server push (Atmosphere), with the query string
 * Chromium sends. Messages are Atmosphere-framed ({@code length|json}); UIDL ones update
 * the browser's sync id.
 */
final class PushConnection implements WebSocket.Listener {

	private final Consumer<UidlResponse> onMessage;

	private final StringBuilder partial = new StringBuilder();

	private volatile WebSocket socket;

	private PushConnection(Consumer<UidlResponse> onMessage) {
		this.onMessage = onMessage;
	}

	static PushConnection open(HttpClient http, String base, int uiId, String pushId, String cookie,
			Consumer<UidlResponse> onMessage) {
		var connection = new PushConnection(onMessage);
		String url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
				+ "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
				+ "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
				+ "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
		http.newWebSocketBuilder()
			.header("Cookie", cookie)
			.buildAsync(URI.create(url), connection)
			.thenAccept(socket -> connection.socket = socket);
		return connection;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		partial.append(data);
		if (last) {
			String message = partial.toString();
			partial.setLength(0);
			int bar = message.indexOf('|');
			String body = bar >= 0 ? message.substring(bar + 1) : message;
			if (body.startsWith("{") || body.startsWith("for(;;);")) {
				try {
					onMessage.accept(UidlResponse.parse(body));
				}
				catch (RuntimeException ignored) {
					// Atmosphere's own handshake frames are not UIDL.
				}
			}
		}
		webSocket.request(1);
		return null;
	}

	void close() {
		var open = socket;
		if (open != null) {
			open.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(ex -> null);
		}
	}

}
