package com.throughline.journey;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company comes to life: the platform admin provisions it, its first admin accepts the
 * invitation and invites an editor, who accepts in another browser and finds the
 * workspace.
 */
class ProvisioningJourneyTest extends BrowserJourney {

	static final String PASSWORD = "correct horse battery";

	@Test
	void provision_accept_invite_and_accept_again() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String company = "Orbit " + suffix;
		String adminEmail = "founder-" + suffix + "@orbit.test";
		String editorEmail = "editor-" + suffix + "@orbit.test";

		Page platform = signIn("platform@throughline.test");
		platform.navigate(url("/platform/tenants"));
		platform.locator("#create-tenant").click();
		platform.locator("#tenant-name input").fill(company);
		platform.locator("#tenant-slug input").fill("orbit-" + suffix);
		platform.locator("#tenant-admin-email input").fill(adminEmail);
		platform.locator("#create-tenant-confirm").click();
		String adminLink = invitationLink(platform);

		Page founder = acceptAsNewPerson(adminLink, "Fran Founder", PASSWORD);
		signIn(founder, adminEmail, PASSWORD);
		assertThat(founder.locator("#page-title")).hasText("Welcome to " + company);
		founder.navigate(url("/members"));
		founder.locator("#invite").click();
		founder.locator("#invite-email input").fill(editorEmail);
		founder.locator("#invite-send").click();
		String editorLink = invitationLink(founder);

		Page editor = acceptAsNewPerson(editorLink, "Eddie Editor", PASSWORD);
		signIn(editor, editorEmail, PASSWORD);
		assertThat(editor.locator("#page-title")).hasText("Welcome to " + company);
		assertThat(navigationLabels(editor)).containsExactly("Dashboard", "Products", "Hypotheses", "Roadmap",
				"Segments", "Key clients", "Shared roadmaps", "Client requests");
		assertThat(teamNames(editor)).contains("Fran Founder", "Eddie Editor").doesNotContain("Ada Okafor");

		editor.navigate(adminLink);
		assertThat(editor.getByText("This link is no longer valid")).isVisible();
	}

	private static String invitationLink(Page page) {
		var field = page.locator("#invitation-link input");
		field.waitFor();
		String link = field.inputValue();
		assertThat(link).contains("/invitation/");
		return link;
	}

}
