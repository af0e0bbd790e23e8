package com.throughline.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor defines two segments by observable criteria, sees them in the overview's
 * charts and checks a prospect against them.
 */
class SegmentJourneyTest extends BrowserJourney {

	@Test
	void define_two_segments_see_them_charted_and_check_a_prospect() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Page editor = signIn("eva@streamly.test");

		defineSegment(editor, "Small studios " + suffix, "10", "49");
		assertThat(editor.locator("#segment-criteria")).containsText("team size");
		defineSegment(editor, "Big studios " + suffix, "1000", "20000");

		List<String> browserErrors = new ArrayList<>();
		editor.onConsoleMessage(message -> {
			// The application has no favicon; the browser's request for one is not the
			// chart's.
			if ("error".equals(message.type()) && !message.location().contains("/favicon.ico")) {
				browserErrors.add(message.text());
			}
		});
		editor.onPageError(browserErrors::add);
		editor.navigate(url("/segments"));
		assertThat(editor.locator("#segments")).containsText("Small studios " + suffix);
		assertThat(editor.locator("#segments")).containsText("Field sales, long cycles");
		assertDrawn(editor.locator("#revenue-chart"), "Annual revenue per segment");
		var paths = editor.locator("#price-volume-chart");
		assertDrawn(paths, "Price × count: the ways to each revenue target");
		assertThat(paths).containsText("Small studios " + suffix);
		assertThat(paths).containsText("Big studios " + suffix);
		assertThat(paths).containsText("$1,500,000 a year");
		assertThat(paths).containsText("Reachable users or accounts");
		Assertions.assertThat(browserErrors).as("errors in the browser console").isEmpty();

		editor.navigate(url("/segments/check"));
		editor.locator("#fact-team-size input").fill("50");
		editor.locator("#check-prospect").click();
		var results = editor.locator("#qualification-results");
		assertThat(
				results.locator(".qualifies").filter(new Locator.FilterOptions().setHasText("Small studios " + suffix)))
			.hasCount(1);
		var big = results.locator(".misses").filter(new Locator.FilterOptions().setHasText("Big studios " + suffix));
		assertThat(big).containsText("Missing required: team size ≥ 1000");
	}

	/** ECharts drew an SVG of real size, with its title, inside the chart element. */
	private static void assertDrawn(Locator chart, String title) {
		var svg = chart.locator("svg").first();
		assertThat(svg).isVisible();
		var box = svg.boundingBox();
		Assertions.assertThat(box.width).isGreaterThan(200);
		Assertions.assertThat(box.height).isGreaterThan(200);
		assertThat(svg).containsText(title);
		Assertions.assertThat(chart.locator("svg path").count()).isGreaterThan(5);
	}

	private void defineSegment(Page page, String name, String minimumTeam, String price) {
		page.navigate(url("/segments/new"));
		page.locator("#segment-name input").fill(name);
		page.locator(".criterion-attribute input").first().fill("team size");
		page.locator(".criterion-value input").first().fill(minimumTeam);
		page.locator("#segment-price input").fill(price);
		page.locator("#segment-reachable input").fill("2000");
		page.locator("#segment-conversion input").fill("5");
		page.locator("#segment-conversion input").press("Tab");
		assertThat(page.locator("#segment-math")).containsText("Annual revenue");
		page.locator("#save-segment").click();
		assertThat(page.locator("#page-title")).hasText(name);
	}

}
