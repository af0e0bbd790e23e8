package com.throughline.bench.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.throughline.bench.BenchManifest;

/**
 * A signed-in client contact, step by step as Chromium sends it (see
 * {@code BrowserReplay}): sign in and land on the list of their client's shares
 * ({@code /} forwards to {@code /client}), then in a loop open one of those shares by its
 * link, mark an item "Important to us" now and then, and go back to the list by its link.
 * Every step checks what came back: the list has the client's shares, the share page
 * shows the contact's persona.
 */
final class ContactJourney {

	static final List<String> LOOP = List.of("open client share", "react to item", "open client shares");

	/** How often a contact reacts to an item of the share they opened. */
	static final double REACT_CHANCE = 0.5;

	private final SimulatedBrowser browser;

	private final BenchManifest.ContactLogin contact;

	private final Random random;

	/**
	 * What the share page's listener for "Important to us" asks the browser to read from
	 * a click (SharedRoadmapPanel's): the item the clicked button names.
	 */
	private static final String REACTED_ITEM = "event.target.closest('button.react:not([disabled])')?.dataset.item";

	/** The share page's panel, which listens for the reactions' clicks. */
	private int panel = -1;

	/** The items of the open share not reacted to yet. */
	private List<String> items = new ArrayList<>();

	ContactJourney(SimulatedBrowser browser, BenchManifest.ContactLogin contact, Random random) {
		this.browser = browser;
		this.contact = contact;
		this.random = random;
	}

	void signIn(String password) throws IOException {
		list(browser.signIn(contact.email(), password));
	}

	/** Whether the step runs this time round: reacting is now and then. */
	boolean wants(String step) {
		return !step.equals("react to item") || random.nextDouble() < REACT_CHANCE;
	}

	void step(String step) throws IOException {
		switch (step) {
			case "open client share" -> {
				String share = contact.shares().get(random.nextInt(contact.shares().size()));
				var answer = browser.navigate("client/shares/" + share, "link");
				String view = contact.persona().equals("BUYER") ? "buyer-view" : "user-view";
				if (!answer.elementIds().containsKey(view)) {
					throw new IllegalStateException("The share did not show the " + view);
				}
				panel = answer.elementIds().get(view);
				items = new ArrayList<>(answer.staticButtonItems("react"));
			}
			case "react to item" -> {
				if (items.isEmpty()) {
					throw new IllegalStateException("No item left to react to");
				}
				// A clicked button is disabled: the next reaction is to another item.
				String item = items.remove(random.nextInt(items.size()));
				var answer = browser.domEvent(panel, "click",
						Map.of(REACTED_ITEM, item, REACTED_ITEM + " != null", true));
				if (answer.nodesWithClass("react-box").isEmpty()) {
					throw new IllegalStateException("The reaction was not recorded");
				}
			}
			case "open client shares" -> {
				items = new ArrayList<>();
				list(browser.navigate("client", "link"));
			}
			default -> throw new IllegalArgumentException(step);
		}
	}

	private void list(UidlResponse answer) {
		if (answer.nodesWithClass("client-share").isEmpty()) {
			throw new IllegalStateException("The list showed none of the client's shares");
		}
	}

}
