package com.throughline.journey;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor shares the roadmap with a key client; the buyer's link shows outcomes, the
 * user's link what changes in daily work, neither shows internal notes; revoking ends
 * both.
 */
class SharingJourneyTest extends BrowserJourney {

	@Test
	void share_with_a_buyer_and_a_user_then_revoke() {
		String client = "Contoso " + UUID.randomUUID().toString().substring(0, 6);
		Page editor = signIn("eli@lumen.test");
		editor.navigate(url("/clients"));
		editor.locator("#create-client").click();
		editor.locator("#client-name input").fill(client);
		editor.locator("#save-client").click();
		assertThat(editor.locator("#clients")).containsText(client);

		editor.navigate(url("/shares"));
		editor.locator("#create-share").click();
		choose(editor, "#share-client", client);
		choose(editor, "#share-product", "Lumen Insights");
		editor.locator("#save-share").click();
		String buyerLink = editor.locator("#buyer-link input").inputValue();
		String userLink = editor.locator("#user-link input").inputValue();

		Page buyer = newVisitor();
		buyer.navigate(buyerLink);
		assertThat(buyer.locator("#buyer-view")).containsText("Launch analytics in your portal in a day");
		assertThat(buyer.locator("#buyer-view")).not().containsText("Your dashboards appear inside the tools");
		assertThat(buyer.locator("#buyer-view")).not().containsText("data platform team");
		assertThat(buyer.locator("#buyer-view")).not().containsText("Columnar cache");

		buyer.locator("button.react").first().click();
		assertThat(buyer.getByText("Thank you, noted").first()).isVisible();
		editor.navigate(url("/roadmap"));
		// Other journeys' clients may care about the same item: look for this client by
		// name.
		assertThat(editor.locator("#timeline .badge").filter(new Locator.FilterOptions().setHasText(client)))
			.containsText("Important to");

		Page user = newVisitor();
		user.navigate(userLink);
		assertThat(user.locator("#user-view")).containsText("Your dashboards appear inside the tools");
		assertThat(user.locator("#user-view")).not().containsText("Launch analytics in your portal in a day");

		user.navigate(url("/members"));
		assertThat(user).hasURL(java.util.regex.Pattern.compile(".*/login"));

		editor.navigate(url("/shares"));
		var row = editor.locator("vaadin-grid#shares vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Revoke"));
		row.first().click();
		editor.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Revoke"))
			.last()
			.click();
		editor.waitForTimeout(500);

		buyer.navigate(buyerLink);
		assertThat(buyer.locator("#share-unavailable")).isVisible();
	}

}
