package com.throughline.bench.ui;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A team member's working session, step by step as Chromium sends it (see
 * {@code BrowserReplay}): sign in and land on the dashboard, then in a loop open the
 * hypothesis grid of the large tenant, scroll it twice, sort it, filter it by text, open
 * a hypothesis by clicking a row, add a piece of evidence to it, go back to the dashboard
 * and open the roadmap.
 */
final class MemberJourney {

	static final List<String> LOOP = List.of("open hypotheses", "scroll grid", "scroll grid", "sort grid",
			"filter grid", "open hypothesis", "add evidence", "open dashboard", "open roadmap");

	/** Rows per page of the hypothesis grid, as the browser asks for them. */
	private static final int PAGE = 25;

	private static final List<String> SORTABLE = List.of("col0", "col3", "col6");

	private final SimulatedBrowser browser;

	private final Random random;

	/** The grid's rows: the large tenant's hypotheses. */
	private final int hypotheses;

	private int grid = -1;

	private List<String> rows = List.of();

	MemberJourney(SimulatedBrowser browser, Random random, int hypotheses) {
		this.browser = browser;
		this.random = random;
		this.hypotheses = hypotheses;
	}

	void signIn(String email, String password) throws IOException {
		dashboard(browser.signIn(email, password));
	}

	/**
	 * The dashboard's team grid scrolls (500 members): the server's first rows fill it,
	 * so Chromium asks for none.
	 */
	private void dashboard(UidlResponse answer) throws IOException {
		browser.confirmGrids(answer);
	}

	void step(String step) throws IOException {
		switch (step) {
			case "open hypotheses" -> openGrid();
			case "scroll grid" -> {
				// Within the rows, as a scroll bar allows (a smaller seed has fewer).
				// Chromium asks for the three pages of 25 rows around its viewport.
				int start = random.nextInt(Math.max(1, hypotheses - 1000));
				remember(browser.callServer(grid(), "setViewportRange", List.of(start, 75)));
			}
			case "sort grid" -> refreshed(browser.callServer(grid(), "sortersChanged",
					List.of(List.of(Map.of("path", SORTABLE.get(random.nextInt(SORTABLE.size())), "direction",
							random.nextBoolean() ? "asc" : "desc")))));
			case "filter grid" -> {
				rows = List.of();
				var answer = browser.type(browser.element("filter-text"), "change " + random.nextInt(100));
				remember(answer);
				int matches = answer.gridSize(grid());
				if (rows.isEmpty() && matches > 0) {
					// Fewer rows than the scrolled-to position: the grid moves to its end
					// and asks for the page there and the one before it (Chromium,
					// scrolled to row 40,000, asked for 1,075-1,124 of 1,111).
					int start = Math.max(0, (matches - 1) / PAGE * PAGE - PAGE);
					remember(browser.callServer(grid(), "setViewportRange", List.of(start, 2 * PAGE)));
				}
			}
			case "open hypothesis" -> {
				if (rows.isEmpty()) {
					throw new IllegalStateException("No rows to click");
				}
				var answer = browser.clickRow(grid(), rows.get(random.nextInt(rows.size())));
				grid = -1;
				browser.confirmGrids(answer);
			}
			case "add evidence" -> {
				// The summary is committed as its text area loses focus to the button.
				String summary = "Bench evidence " + random.nextInt(1000);
				browser.change(browser.element("evidence-summary"), summary);
				if (!browser.click(browser.element("add-evidence")).staticText().contains(summary)) {
					throw new IllegalStateException("The evidence was not added");
				}
			}
			case "open dashboard" -> dashboard(browser.navigate("", "client"));
			case "open roadmap" -> {
				var answer = browser.navigate("roadmap", "client");
				for (int tabs : answer.nodesTagged("vaadin-tabs")) {
					browser.callServer(tabs, "updateSelectedTab", List.of(true));
				}
			}
			default -> throw new IllegalArgumentException(step);
		}
	}

	private void openGrid() throws IOException {
		var answer = browser.navigate("hypotheses", "client");
		grid = browser.element("hypotheses");
		remember(answer);
	}

	/**
	 * Confirms the grid's update and keeps the keys of the rows it sent, to click one.
	 */
	private void remember(UidlResponse answer) throws IOException {
		var keys = answer.rowKeys(grid());
		if (!keys.isEmpty()) {
			rows = keys;
		}
		browser.confirmGrids(answer);
	}

	/** After a sort only the rows sent since are valid keys. */
	private void refreshed(UidlResponse answer) throws IOException {
		rows = List.of();
		remember(answer);
	}

	/** The tab closed. */
	void close() {
		browser.close();
	}

	private int grid() {
		if (grid < 0) {
			throw new IllegalStateException("The hypothesis grid is not open");
		}
		return grid;
	}

}
