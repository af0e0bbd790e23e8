package com.throughline.journey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.throughline.support.BrowserJourney;
import jakarta.servlet.ServletContext;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * From strategy to evidence: an editor writes a product's strategy, a theory with its
 * proxy metric and a hypothesis, runs the test and validates it, while a teammate's open
 * page follows live.
 */
class StrategyJourneyTest extends BrowserJourney {

	@Autowired
	ServletContext servletContext;

	@Autowired
	ServletWebServerApplicationContext webServer;

	@Test
	void write_strategy_test_a_hypothesis_and_a_teammate_sees_it_live() {
		String product = "Pulse " + UUID.randomUUID().toString().substring(0, 6);
		Page editor = signIn("eli@lumen.test");

		editor.navigate(url("/products"));
		editor.locator("#create-product").click();
		editor.locator("#product-name input").fill(product);
		editor.locator("#save-product").click();
		assertThat(editor.locator("#page-title")).hasText(product);

		editor.locator("#edit-strategy").click();
		editor.locator("#strategy-vision textarea").fill("Every team sees its pulse in real time.");
		editor.locator("#strategy-delight textarea").fill("Live answers without waiting.");
		editor.locator("#strategy-hard textarea").fill("A benchmark network.");
		editor.locator("#strategy-margin textarea").fill("Self-serve onboarding.");
		editor.locator("#save-strategy").click();
		assertThat(editor.locator("#vision")).hasText("Every team sees its pulse in real time.");

		editor.locator("#add-phase").click();
		editor.locator("#phase-statement textarea").fill("Get big on pulse surveys for start-ups");
		editor.locator("#save-phase").click();
		assertThat(editor.locator("#current-phase")).containsText("Get big on pulse surveys");

		editor.locator("#add-theory").click();
		editor.locator("#theory-title input").fill("Weekly pulses will build a habit");
		editor.locator("#metric-name input").fill("Teams answering every week");
		editor.locator("#save-theory").click();
		assertThat(editor.locator("#smt")).containsText("Teams answering every week");

		editor.navigate(url("/hypotheses"));
		editor.locator("#create-hypothesis").click();
		choose(editor, "#hypothesis-product", product);
		choose(editor, "#hypothesis-theory", "Weekly pulses will build a habit");
		editor.locator("#hypothesis-statement textarea")
			.fill("We believe that a Monday reminder for team leads will lift weekly answers");
		editor.locator("#hypothesis-baseline input").fill("40");
		editor.locator("#hypothesis-target input").fill("55");
		editor.locator("#hypothesis-deadline input")
			.fill(LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("M/d/yyyy")));
		editor.locator("#hypothesis-deadline input").press("Enter");
		editor.locator("#hypothesis-method").click();
		editor.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("A/B test")).click();
		editor.locator("#save-hypothesis").click();
		assertThat(editor.locator("#hypothesis-status")).hasText("Draft");

		editor.locator("#mark-ready").click();
		assertThat(editor.locator("#hypothesis-status")).hasText("Ready");
		editor.locator("#start-test").click();
		assertThat(editor.locator("#hypothesis-status")).hasText("Testing");

		Page teammate = signIn("vera@lumen.test");
		teammate.navigate(editor.url());
		assertThat(teammate.locator("#hypothesis-status")).hasText("Testing");
		assertThat(teammate.locator("#end-test")).hasCount(0);
		// A second teammate goes from the grid to a page that follows no changes (push
		// off)
		// and back to the grid (push on again), narrowed to this hypothesis.
		Page watcher = signIn("vera@lumen.test");
		watcher.navigate(url("/hypotheses"));
		sideNav(watcher, "Dashboard");
		assertThat(watcher.locator("#page-title")).isVisible();
		sideNav(watcher, "Hypotheses");
		watcher.locator("button.more-filters").click();
		assertThat(watcher.locator("#filter-method")).isVisible();
		watcher.locator("#filter-text input").fill("a Monday reminder for team leads");
		assertThat(watcher.locator("vaadin-grid#hypotheses")).containsText("Testing");

		editor.locator("#evidence-summary textarea").fill("Week one: 49 % of teams answered.");
		editor.locator("#add-evidence").click();
		assertThat(editor.locator("#evidence")).containsText("Week one: 49 % of teams answered.");
		// The teammate on the hypothesis' page sees the new evidence live.
		assertThat(teammate.locator("#evidence")).containsText("Week one: 49 % of teams answered.");

		editor.locator("#end-test").click();
		editor.locator("#observed input").fill("57");
		editor.locator("#observed input").press("Tab");
		assertThat(editor.locator("#verdict")).containsText("the target is met");
		editor.locator("#learning textarea").fill("Reminders work; make them the default.");
		editor.locator("#confirm-outcome").click();
		assertThat(editor.locator("#hypothesis-status")).hasText("Validated");

		assertThat(teammate.locator("#hypothesis-status")).hasText("Validated");
		assertThat(teammate.locator("#outcome")).containsText("Reminders work; make them the default.");
		assertThat(watcher.locator("vaadin-grid#hypotheses")).containsText("Validated");
		// Live updates came over push sockets whose unused Atmosphere buffers were cut.
		var frameworks = java.util.Collections.list(servletContext.getAttributeNames())
			.stream()
			.map(servletContext::getAttribute)
			.filter(org.atmosphere.cpr.AtmosphereFramework.class::isInstance)
			.map(org.atmosphere.cpr.AtmosphereFramework.class::cast)
			.toList();
		org.assertj.core.api.Assertions.assertThat(frameworks)
			.isNotEmpty()
			.allSatisfy(framework -> org.assertj.core.api.Assertions
				.assertThat(framework.getAtmosphereConfig().getInitParameter("org.atmosphere.websocket.bufferSize"))
				.isEqualTo("64"));
		// ... and whose connections' Tomcat buffers are 4 KB instead of 8.
		var http = (AbstractProtocol<?>) ((TomcatWebServer) webServer.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
		org.assertj.core.api.Assertions
			.assertThat(List.of(http.getProperty("socket.appReadBufSize"), http.getProperty("socket.appWriteBufSize")))
			.containsExactly("4096", "4096");
	}

	private static void sideNav(Page page, String label) {
		page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(label)).click();
	}

}
