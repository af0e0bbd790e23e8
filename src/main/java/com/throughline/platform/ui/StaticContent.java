package com.throughline.platform.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import org.jspecify.annotations.Nullable;

/**
 * Read-only text that a page repeats many times (cards), sent as one element's HTML
 * instead of a component per line: a component costs server memory and work for as long
 * as the page is open, a line of static HTML does not. Every text and attribute value is
 * escaped as it is written: nothing a person typed can become markup.
 */
public final class StaticContent {

	private final String tag;

	private final Set<String> classNames = new LinkedHashSet<>();

	/** By name; a {@code null} value is an attribute without one, such as disabled. */
	private final Map<String, @Nullable String> attributes = new LinkedHashMap<>();

	/** Escaped text (a {@link String}) and nested elements, in order. */
	private final List<Object> children = new ArrayList<>();

	private StaticContent(String tag, String... classNames) {
		this.tag = tag;
		this.classNames.addAll(List.of(classNames));
	}

	/** An empty block with these class names. */
	public static StaticContent block(String... classNames) {
		return new StaticContent("div", classNames);
	}

	/**
	 * An empty element of another tag, to nest in a block: a web component's items, say,
	 * which need no server-side component each.
	 */
	public static StaticContent element(String tag) {
		return new StaticContent(tag);
	}

	/** Adds text, escaped, after what the element holds. */
	public StaticContent text(String text) {
		children.add(text);
		return this;
	}

	/** Adds {@code <tag class="...">text</tag>}. */
	public StaticContent add(String tag, String text, String... classNames) {
		return add(new StaticContent(tag, classNames).text(text));
	}

	/**
	 * Adds a block inside this one, as a {@code div} with its class names and attributes:
	 * many cards in one element's HTML.
	 */
	public StaticContent add(StaticContent block) {
		children.add(block);
		return this;
	}

	/** Sets an attribute of the block itself, such as the {@code data-item} it names. */
	public StaticContent attr(String name, String value) {
		attributes.put(name, value);
		return this;
	}

	/**
	 * Adds {@code <a href="..." router-link>text</a>}: a link to a page of the app, which
	 * Vaadin's router follows in place, as it does a {@code RouterLink}'s.
	 */
	public StaticContent link(String text, String route) {
		var link = element("a").attr("href", route).text(text);
		link.attributes.put("router-link", null);
		return add(link);
	}

	/**
	 * Adds {@code <a href="..." target="_blank" rel="noreferrer">text</a>}: a link out of
	 * the app, opened in a new tab that cannot reach back into this one (noreferrer
	 * implies noopener) nor learn which page linked it. The address is the caller's to
	 * check (a web address, not {@code javascript:}).
	 */
	public StaticContent externalLink(String text, String href) {
		return add(element("a").attr("href", href).attr("target", "_blank").attr("rel", "noreferrer").text(text));
	}

	/**
	 * Adds {@code <button type="button" data-item="...">text</button>}: a button the page
	 * listens for as a whole, by the item it names, instead of one component and listener
	 * per item. {@code enabled} false shows it done.
	 */
	public StaticContent button(String text, String item, boolean enabled, String... classNames) {
		var button = new StaticContent("button", classNames).attr("type", "button").attr("data-item", item).text(text);
		if (!enabled) {
			button.attributes.put("disabled", null);
		}
		return add(button);
	}

	/**
	 * The filter of a click listener on static content that hears only its buttons of
	 * {@code className} (from {@link #button}), as the browser evaluates it.
	 */
	public static String buttonClicked(String className) {
		return "!!event.target.closest('button." + className + "')";
	}

	/**
	 * The item ({@code data-item}) a browser event on static content names, as the
	 * listener's {@code expression} read it; empty for anything that is not an id. What
	 * the browser reports is a claim: services still look the item up.
	 */
	public static Optional<UUID> itemNamed(DomEvent event, String expression) {
		try {
			return Optional.of(UUID.fromString(event.getEventData().path(expression).asString("")));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/**
	 * One {@code div}, with the block's class names and attributes, holding all of it.
	 */
	public Div toComponent() {
		var block = new Div();
		block.addClassNames(classNames.toArray(String[]::new));
		attributes.forEach((name, value) -> block.getElement().setAttribute(name, value == null ? "" : value));
		fill(block);
		return block;
	}

	/**
	 * What this block holds becomes the inner HTML of {@code component}: for a web
	 * component that takes its items as children (the block's own tag and attributes are
	 * not written).
	 */
	public void fill(Component component) {
		component.getElement().setProperty("innerHTML", html());
	}

	/** The inner HTML, written straight to one buffer, without indenting. */
	private String html() {
		var out = new StringBuilder(256);
		writeChildren(out);
		return out.toString();
	}

	private void write(StringBuilder out) {
		out.append('<').append(tag);
		if (!classNames.isEmpty()) {
			writeAttribute(out, "class", String.join(" ", classNames));
		}
		attributes.forEach((name, value) -> writeAttribute(out, name, value));
		out.append('>');
		writeChildren(out);
		out.append("</").append(tag).append('>');
	}

	private void writeChildren(StringBuilder out) {
		for (Object child : children) {
			if (child instanceof StaticContent element) {
				element.write(out);
			}
			else {
				escape(out, (String) child);
			}
		}
	}

	private static void writeAttribute(StringBuilder out, String name, @Nullable String value) {
		out.append(' ').append(name);
		if (value != null) {
			out.append("=\"");
			escape(out, value);
			out.append('"');
		}
	}

	/**
	 * Everything that could end a text or an attribute value, or start markup, is written
	 * as an entity: nothing a person typed can become markup.
	 */
	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
	}

}
