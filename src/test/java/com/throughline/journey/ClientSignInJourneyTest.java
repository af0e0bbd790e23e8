package com.throughline.journey;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor adds a key client's buyer and user as contacts, invites both and shares the
 * roadmap; each signs in and sees the roadmap in their own terms and nothing of the
 * company's internal pages; after the share is revoked, their access to it ends.
 */
class ClientSignInJourneyTest extends BrowserJourney {

	static final String PASSWORD = "Quarterly-roadmap-42";

	@Test
	void a_clients_buyer_and_user_sign_in_see_their_views_react_and_lose_access_on_revoke() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String client = "Tailspin " + suffix;
		String buyerEmail = "bea-" + suffix + "@tailspin.test";
		String userEmail = "uli-" + suffix + "@tailspin.test";
		Page editor = signIn("eli@lumen.test");
		editor.navigate(url("/clients"));
		editor.locator("#create-client").click();
		editor.locator("#client-name input").fill(client);
		editor.locator("#save-client").click();
		clickInRow(editor, "clients", client, "Contacts");
		String buyerLink = addAndInvite(editor, "Bea Buyer", buyerEmail, "Buyer", "Invite to sign in");
		String userLink = addAndInvite(editor, "Uli User", userEmail, "User", "Invite to sign in");
		editor.navigate(url("/shares"));
		editor.locator("#create-share").click();
		choose(editor, "#share-client", client);
		choose(editor, "#share-product", "Lumen Insights");
		editor.locator("#save-share").click();
		editor.locator("#buyer-link input").waitFor();

		Page buyer = acceptAndSignIn(buyerLink, "Bea Buyer", buyerEmail);
		assertThat(buyer.locator("#page-title")).hasText("Roadmaps shared with you");
		org.assertj.core.api.Assertions.assertThat(navigationLabels(buyer)).containsExactly("Shared with you");
		buyer.locator(".client-share a").filter(new Locator.FilterOptions().setHasText("Lumen Insights")).click();
		assertThat(buyer.locator("#buyer-view")).containsText("Launch analytics in your portal in a day");
		assertThat(buyer.locator("#buyer-view")).not().containsText("Your dashboards appear inside the tools");
		assertThat(buyer.locator("#buyer-view")).not().containsText("data platform team");
		String sharePage = buyer.url();
		buyer.locator("button.react").first().click();
		assertThat(buyer.getByText("Thank you, noted").first()).isVisible();

		Page user = acceptAndSignIn(userLink, "Uli User", userEmail);
		user.navigate(sharePage);
		assertThat(user.locator("#user-view")).containsText("Your dashboards appear inside the tools");
		assertThat(user.locator("#user-view")).not().containsText("Launch analytics in your portal in a day");
		for (String internal : new String[] { "/roadmap", "/clients", "/shares", "/products", "/hypotheses" }) {
			user.navigate(url(internal));
			assertThat(user.locator("#not-found")).isVisible();
		}

		editor.navigate(url("/roadmap"));
		// Other journeys' clients may care about the same item: look for this client by
		// name.
		assertThat(editor.locator("#timeline .badge").filter(new Locator.FilterOptions().setHasText(client)))
			.containsText("Important to");
		editor.navigate(url("/shares"));
		clickInRow(editor, "shares", client, "Revoke");
		editor.locator("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button")
			.filter(new Locator.FilterOptions().setHasText("Revoke"))
			.last()
			.click();
		assertThat(editor.locator("vaadin-grid#shares")).containsText("Revoked");

		buyer.navigate(sharePage);
		assertThat(buyer.locator("#share-unavailable")).isVisible();
		assertThat(buyer.locator("#buyer-view")).hasCount(0);
		buyer.navigate(url("/"));
		assertThat(buyer.locator("#client-portal-empty")).isVisible();
	}

	private String addAndInvite(Page editor, String name, String email, String persona, String inviteText) {
		editor.locator("#contact-name input").fill(name);
		editor.locator("#contact-email input").fill(email);
		editor.locator("#contact-persona").click();
		editor.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(persona)).first().click();
		editor.locator("#save-contact").click();
		assertThat(editor.locator("vaadin-grid#contacts")).containsText(email);
		clickInRow(editor, "contacts", email, inviteText);
		var field = editor.locator("#invitation-link input");
		field.waitFor();
		String link = field.inputValue();
		org.assertj.core.api.Assertions.assertThat(link).contains("/invitation/");
		editor.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Done")).last().click();
		return link;
	}

	private Page acceptAndSignIn(String invitation, String name, String email) {
		Page page = acceptAsNewPerson(invitation, name, PASSWORD);
		signIn(page, email, PASSWORD);
		assertThat(page).hasURL(Pattern.compile(".*/client$"));
		return page;
	}

	/** Clicks the button with {@code text} in the grid row that shows {@code rowText}. */
	private static void clickInRow(Page page, String gridId, String rowText, String text) {
		assertThat(page.locator("vaadin-grid#" + gridId)).containsText(rowText);
		Object clicked = page.evaluate(ROW_BUTTON_CLICK, java.util.List.of(gridId, rowText, text));
		org.assertj.core.api.Assertions.assertThat(clicked)
			.as("button %s in the row of %s", text, rowText)
			.isEqualTo(true);
	}

	// Grid cells are light-DOM children slotted into the rows of the grid's shadow DOM:
	// find
	// the row through the cell's slot, then the button among that row's cells.
	private static final String ROW_BUTTON_CLICK = """
			([gridId, rowText, text]) => {
			  const grid = document.querySelector('vaadin-grid#' + gridId);
			  const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
			    .find(c => c.textContent.includes(rowText) && c.assignedSlot);
			  if (!cell) return false;
			  for (const slot of cell.assignedSlot.closest('tr').querySelectorAll('slot')) {
			    for (const content of slot.assignedElements()) {
			      const button = [...content.querySelectorAll('vaadin-button')]
			        .find(b => b.textContent.trim() === text);
			      if (button) { button.click(); return true; }
			    }
			  }
			  return false;
			}
			""";

}
