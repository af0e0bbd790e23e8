package com.throughline.platform.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Read-only text that a page repeats many times (cards), sent as one element's HTML
 * instead of a component per line: a component costs server memory and work for as long
 * as the page is open, a line of static HTML does not. Built with jsoup, so every text is
 * escaped: nothing a person typed can become markup.
 */
public final class StaticContent {

	private final Element root;

	private StaticContent(String tag, String... classNames) {
		root = withClasses(new Element(tag), classNames);
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
		root.appendText(text);
		return this;
	}

	/** Adds {@code <tag class="...">text</tag>}. */
	public StaticContent add(String tag, String text, String... classNames) {
		withClasses(root.appendElement(tag).text(text), classNames);
		return this;
	}

	/**
	 * Adds a block inside this one, as a {@code div} with its class names and attributes:
	 * many cards in one element's HTML.
	 */
	public StaticContent add(StaticContent block) {
		root.appendChild(block.root);
		return this;
	}

	/** Sets an attribute of the block itself, such as the {@code data-item} it names. */
	public StaticContent attr(String name, String value) {
		root.attr(name, value);
		return this;
	}

	/**
	 * Adds {@code <a href="..." router-link>text</a>}: a link to a page of the app, which
	 * Vaadin's router follows in place, as it does a {@code RouterLink}'s.
	 */
	public StaticContent link(String text, String route) {
		root.appendElement("a").attr("href", route).attr("router-link", "").text(text);
		return this;
	}

	/**
	 * Adds {@code <a href="..." target="_blank" rel="noreferrer">text</a>}: a link out of
	 * the app, opened in a new tab that cannot reach back into this one (noreferrer
	 * implies noopener) nor learn which page linked it. The address is the caller's to
	 * check (a web address, not {@code javascript:}).
	 */
	public StaticContent externalLink(String text, String href) {
		root.appendElement("a").attr("href", href).attr("target", "_blank").attr("rel", "noreferrer").text(text);
		return this;
	}

	/**
	 * Adds {@code <button type="button" data-item="...">text</button>}: a button the page
	 * listens for as a whole, by the item it names, instead of one component and listener
	 * per item. {@code enabled} false shows it done.
	 */
	public StaticContent button(String text, String item, boolean enabled, String... classNames) {
		var button = withClasses(root.appendElement("button").attr("type", "button").attr("data-item", item).text(text),
				classNames);
		if (!enabled) {
			button.attr("disabled", true);
		}
		return this;
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
		block.addClassNames(root.classNames().toArray(String[]::new));
		root.attributes().forEach(attribute -> {
			if (!"class".equals(attribute.getKey())) {
				block.getElement().setAttribute(attribute.getKey(), attribute.getValue());
			}
		});
		block.getElement().setProperty("innerHTML", html());
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

	private static Element withClasses(Element element, String... classNames) {
		for (String className : classNames) {
			element.addClass(className);
		}
		return element;
	}

	/**
	 * Written from a document that does not pretty-print: indenting costs time and bytes,
	 * and adds white space between inline elements.
	 */
	private String html() {
		var document = new Document("");
		document.outputSettings().prettyPrint(false);
		document.appendChild(root);
		return root.html();
	}

}
