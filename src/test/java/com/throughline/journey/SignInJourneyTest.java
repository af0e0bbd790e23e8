package com.throughline.journey;

import java.util.List;

import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SignInJourneyTest extends BrowserJourney {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ada@lumen.test|Dashboard,Products,Hypotheses,Roadmap,Segments,Key clients,Shared roadmaps,Client requests,Members,Workspace settings,Audit log",
			"eli@lumen.test|Dashboard,Products,Hypotheses,Roadmap,Segments,Key clients,Shared roadmaps,Client requests",
			"vera@lumen.test|Dashboard,Products,Hypotheses,Roadmap,Segments,Key clients,Shared roadmaps,Client requests",
			"platform@throughline.test|Dashboard,Companies,Accounts,Platform log",
			"olivia@northwind.test|Shared with you" })
	void each_demo_role_signs_in_and_sees_its_navigation(String email, String expected) {
		Page page = signIn(email);

		assertThat(navigationLabels(page)).containsExactlyElementsOf(List.of(expected.split(",")));
	}

	@Test
	void a_link_on_the_dashboard_opens_the_overdue_test_in_place() {
		Page page = signIn("vera@lumen.test");
		page.evaluate("window.journeyMarker = 'same page'");

		page.locator("#overdue-tests a").first().click();

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/hypotheses/[0-9a-f-]{36}"));
		assertThat(page.locator("#page-title")).containsText("showing peers' median churn");
		assertThat(page.evaluate("window.journeyMarker")).as("followed by the router, not a reload")
			.isEqualTo("same page");
	}

	@Test
	void the_side_navigation_and_the_profile_link_open_their_pages_in_place() {
		Page page = signIn("vera@lumen.test");
		page.evaluate("window.journeyMarker = 'same page'");

		page.locator("vaadin-side-nav-item[path='roadmap']").click();

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/roadmap"));
		assertThat(page.locator("#roadmap-product")).isVisible();
		assertThat(page.locator("vaadin-side-nav-item[path='roadmap']").evaluate("item => item.current"))
			.isEqualTo(true);
		assertThat(page.locator("vaadin-side-nav-item[path='']").evaluate("item => item.current")).isEqualTo(false);
		page.locator("#user-menu a")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Profile"))
			.click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/profile"));
		assertThat(page.locator("#user-menu vaadin-avatar")).hasAttribute("name", "Vera Lindqvist");
		assertThat(page.evaluate("window.journeyMarker")).as("followed by the router, not a reload")
			.isEqualTo("same page");
	}

	@Test
	void a_wrong_password_gets_one_generic_message() {
		Page page = signIn(newVisitor(), "ada@lumen.test", "not-the-password");

		assertThat(page.getByText("Could not sign you in")).isVisible();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error"));
	}

	@Test
	void an_unknown_account_gets_the_same_message() {
		Page page = signIn(newVisitor(), "nobody@nowhere.test", "whatever-password");

		assertThat(page.getByText("Could not sign you in")).isVisible();
	}

	@Test
	void pages_that_carry_secret_tokens_never_send_them_on_as_referrer() {
		Page page = newVisitor();
		var invitation = page.navigate(url("/invitation/" + "x".repeat(43)));
		var shared = page.navigate(url("/r/" + "y".repeat(43)));

		assertThat(invitation.headers()).containsEntry("referrer-policy", "no-referrer");
		assertThat(shared.headers()).containsEntry("referrer-policy", "no-referrer");
		assertThat(page.locator("#share-unavailable")).isVisible();
	}

	@Test
	void a_signed_out_visitor_is_sent_to_sign_in() {
		Page page = newVisitor();
		page.navigate(url("/members"));

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login"));
	}

	@Test
	void a_viewer_opening_an_admin_page_by_url_sees_not_found() {
		Page page = signIn("vera@lumen.test");
		navigationLabels(page);
		page.navigate(url("/members"));

		assertThat(page.locator("#not-found")).isVisible();
		assertThat(page.locator("vaadin-grid#members")).hasCount(0);
	}

	@Test
	void switching_company_shows_only_that_companys_data() {
		Page page = signIn("maya@consult.test");
		assertThat(page.locator("#page-title")).hasText("Welcome to Lumen Analytics");
		assertThat(teamNames(page)).contains("Ada Okafor").doesNotContain("Sam Whitaker");

		page.locator("vaadin-select#workspace-switcher").click();
		page.locator("vaadin-select-item")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Streamly"))
			.click();

		assertThat(page.locator("#page-title")).hasText("Welcome to Streamly");
		assertThat(teamNames(page)).contains("Sam Whitaker", "Maya Chen").doesNotContain("Ada Okafor");
	}

	@Test
	void signing_out_ends_the_session() {
		Page page = signIn("eli@lumen.test");
		navigationLabels(page);
		page.locator("#user-menu button.sign-out").click();
		page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));

		page.navigate(url("/"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login"));
	}

}
