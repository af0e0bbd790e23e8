package com.throughline.bench.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a simulated browser needs from one UIDL answer: the sync id, the element ids of
 * new nodes (to find the grid and the filter field), the grid's update ids to confirm and
 * the keys of the rows it sent. An answer asking the client to resynchronise, or
 * reporting an expired session or an application error, is a failure.
 */
final class UidlResponse {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode root;

	private UidlResponse(JsonNode root) {
		this.root = root;
	}

	static UidlResponse parse(String body) {
		String json = body.startsWith("for(;;);") ? body.substring(8) : body;
		JsonNode node = JSON.readTree(json);
		return new UidlResponse(node.isArray() ? node.get(0) : node);
	}

	int syncId() {
		return root.path("syncId").asInt(-1);
	}

	Optional<String> failure() {
		JsonNode meta = root.path("meta");
		if (meta.has("appError")) {
			return Optional.of("appError " + meta.get("appError").path("caption").asString(""));
		}
		if (meta.has("sessionExpired")) {
			return Optional.of("sessionExpired");
		}
		if (root.path("resynchronize").asBoolean(false) || meta.path("repaintAll").asBoolean(false)) {
			return Optional.of("resynchronize");
		}
		return Optional.empty();
	}

	/**
	 * Whether this answer turns push on for the UI: the app enables it per page (for the
	 * pages that follow live changes), and the browser then opens its push connection.
	 */
	boolean enablesPush() {
		var mode = pushMode();
		return mode != null && !mode.equals("DISABLED");
	}

	/** Whether this answer turns push off, as the app does on leaving a live page. */
	boolean disablesPush() {
		return "DISABLED".equals(pushMode());
	}

	/** The push mode this answer sets, if it sets one. */
	private String pushMode() {
		for (JsonNode change : root.path("changes")) {
			if ("pushMode".equals(change.path("key").asString(null))) {
				return change.path("value").asString("DISABLED");
			}
		}
		return null;
	}

	/** Element ids (the {@code id} attribute) of the nodes this answer attached. */
	Map<String, Integer> elementIds() {
		Map<String, Integer> ids = new HashMap<>();
		for (JsonNode change : root.path("changes")) {
			if ("id".equals(change.path("key").asString(null)) && change.path("feat").asInt() == 3) {
				ids.put(change.path("value").asString(), change.path("node").asInt());
			}
		}
		return ids;
	}

	/**
	 * The grids' {@code $connector.confirm(id)} calls, as (node, update id): the
	 * browser's grid connector answers each with {@code confirmUpdate}.
	 */
	List<int[]> gridConfirmations() {
		List<int[]> updates = new ArrayList<>();
		for (JsonNode call : root.path("execute")) {
			if (call.size() == 3 && call.get(2).asString("").equals("return $0.$connector.confirm($1)")) {
				updates.add(new int[] { call.get(0).path("@v-node").asInt(), call.get(1).asInt() });
			}
		}
		return updates;
	}

	/** Nodes this answer created with the given tag, in order. */
	List<Integer> nodesTagged(String tag) {
		List<Integer> nodes = new ArrayList<>();
		for (JsonNode change : root.path("changes")) {
			if ("tag".equals(change.path("key").asString(null)) && change.path("feat").asInt() == 0
					&& tag.equals(change.path("value").asString(null))) {
				nodes.add(change.path("node").asInt());
			}
		}
		return nodes;
	}

	/** Nodes this answer gave the class name, in order. */
	List<Integer> nodesWithClass(String className) {
		List<Integer> nodes = new ArrayList<>();
		for (JsonNode change : root.path("changes")) {
			if ("splice".equals(change.path("type").asString(null))) {
				for (JsonNode added : change.path("add")) {
					if (added.isString() && added.asString().equals(className)) {
						nodes.add(change.path("node").asInt());
					}
				}
			}
		}
		return nodes;
	}

	/**
	 * The items named ({@code data-item}) by the enabled buttons with this class in the
	 * static HTML this answer sent.
	 */
	List<String> staticButtonItems(String className) {
		List<String> items = new ArrayList<>();
		for (JsonNode change : root.path("changes")) {
			if ("innerHTML".equals(change.path("key").asString(null))) {
				org.jsoup.Jsoup.parseBodyFragment(change.path("value").asString(""))
					.select("button." + className + ":not([disabled])")
					.forEach(button -> items.add(button.attr("data-item")));
			}
		}
		return items;
	}

	/** The text of the static HTML this answer sent. */
	String staticText() {
		var text = new StringBuilder();
		for (JsonNode change : root.path("changes")) {
			if ("innerHTML".equals(change.path("key").asString(null))) {
				text.append(org.jsoup.Jsoup.parseBodyFragment(change.path("value").asString("")).text()).append('\n');
			}
		}
		return text.toString();
	}

	/**
	 * The grid's row count as this answer sets it ({@code $connector.updateSize}), or 0.
	 */
	int gridSize(int grid) {
		for (JsonNode call : root.path("execute")) {
			if (call.size() == 3 && call.get(0).path("@v-node").asInt() == grid
					&& call.get(2).asString("").contains("$connector.updateSize(")) {
				return call.get(1).asInt();
			}
		}
		return 0;
	}

	/** Keys of the grid rows sent in this answer. */
	List<String> rowKeys(int grid) {
		List<String> keys = new ArrayList<>();
		for (JsonNode call : root.path("execute")) {
			if (call.size() > 2 && call.get(0).path("@v-node").asInt() == grid && call.get(2).isArray()) {
				call.get(2).forEach(row -> {
					if (row.has("key")) {
						keys.add(row.get("key").asString());
					}
				});
			}
		}
		return keys;
	}

	int nodeCount() {
		int attached = 0;
		for (JsonNode change : root.path("changes")) {
			attached += "attach".equals(change.path("type").asString(null)) ? 1 : 0;
		}
		return attached;
	}

}
