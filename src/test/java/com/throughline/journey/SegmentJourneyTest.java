package com.throughline.journey;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor defines two segments by observable criteria and checks a prospect against
 * them.
 */
class SegmentJourneyTest extends BrowserJourney {

	@Test
	void define_two_segments_and_check_a_prospect() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Page editor = signIn("eva@streamly.test");

		defineSegment(editor, "Small studios " + suffix, "10", "49");
		assertThat(editor.locator("#segment-criteria")).containsText("team size");
		defineSegment(editor, "Big studios " + suffix, "1000", "20000");

		editor.navigate(url("/segments"));
		assertThat(editor.locator("#segments")).containsText("Small studios " + suffix);
		assertThat(editor.locator("#segments")).containsText("Field sales, long cycles");

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
