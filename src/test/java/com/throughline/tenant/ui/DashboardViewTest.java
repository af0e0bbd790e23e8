package com.throughline.tenant.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.throughline.platform.security.Role;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.throughline.db.Tables.HYPOTHESIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class DashboardViewTest extends KaribuTest {

	@Test
	void the_dashboard_counts_hypotheses_per_status() {
		signInAs("vera@lumen.test");
		navigate("");

		assertThat(countsShown()).containsExactly(entry("Draft", "1"), entry("Ready", "1"), entry("Testing", "2"),
				entry("Validated", "1"), entry("Invalidated", "1"), entry("Inconclusive", "1"),
				entry("Abandoned", "1"));
		_assertNone(H3.class, spec -> spec.withText("What comes next"));
	}

	@Test
	void the_dashboard_lists_the_test_past_its_deadline() {
		signInAs("vera@lumen.test");
		navigate("");

		String overdue = "We believe that showing peers' median churn next to one's own will bring finance leads back weekly";
		var id = fixtures.owner()
			.select(HYPOTHESIS.ID)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.STATEMENT.eq(overdue))
			.fetchSingle()
			.value1();
		assertThat(html("overdue-tests").select("a[router-link]"))
			.extracting(org.jsoup.nodes.Element::text, link -> link.attr("href"))
			.containsExactly(tuple(overdue, "hypotheses/" + id));
	}

	@Test
	void the_dashboard_shows_what_the_ended_tests_taught() {
		signInAs("vera@lumen.test");
		navigate("");

		assertThat(textOf(byId("recent-learnings"))).contains(
				"Pilot with Northwind Logistics: embedding took one afternoon. Ship the snippet to all accounts.",
				"Downloads were high but leads were not qualified. Benchmarks sell inside the product, not as content.",
				"Only three large accounts joined; rerun with more data before deciding.")
			.as("an abandoned hypothesis was never tested")
			.doesNotContain("Dropped: the current phase is embedded analytics, not mobile.")
			.as("another company's learning")
			.doesNotContain("Rating at sign-up works");
		assertThat(html("recent-learnings").select(".badge")).extracting(org.jsoup.nodes.Element::text)
			.containsExactlyInAnyOrder("Validated", "Invalidated", "Inconclusive");
	}

	@Test
	void a_company_without_hypotheses_sees_what_comes_next_instead() {
		signInAs(fixtures.personIn(fixtures.tenant("Day One"), Role.EDITOR));
		navigate("");

		_assertOne(H3.class, spec -> spec.withText("What comes next"));
		_assertNone(Div.class, spec -> spec.withId("hypothesis-counts"));
		_assertNone(Div.class, spec -> spec.withId("overdue-tests"));
		_assertNone(Div.class, spec -> spec.withId("recent-learnings"));
	}

	/** What a static part of the page shows. */
	private static org.jsoup.nodes.Document html(String id) {
		return Jsoup.parseBodyFragment(byId(id).getElement().getProperty("innerHTML"));
	}

	/** Each stat card of the counts row: its label and the number it shows. */
	private static Map<String, String> countsShown() {
		var shown = new LinkedHashMap<String, String>();
		html("hypothesis-counts").select(".stat-card")
			.forEach(card -> shown.put(card.selectFirst("span").text(), card.selectFirst("h3").text()));
		return shown;
	}

}
