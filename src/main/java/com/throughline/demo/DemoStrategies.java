package com.throughline.demo;

import java.util.UUID;

import com.throughline.hypothesis.domain.EvidenceKind;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.PhaseKind;
import com.throughline.strategy.domain.PhaseStatus;
import org.jooq.DSLContext;

import static com.throughline.hypothesis.domain.HypothesisStatus.ABANDONED;
import static com.throughline.hypothesis.domain.HypothesisStatus.DRAFT;
import static com.throughline.hypothesis.domain.HypothesisStatus.INCONCLUSIVE;
import static com.throughline.hypothesis.domain.HypothesisStatus.INVALIDATED;
import static com.throughline.hypothesis.domain.HypothesisStatus.READY;
import static com.throughline.hypothesis.domain.HypothesisStatus.TESTING;
import static com.throughline.hypothesis.domain.HypothesisStatus.VALIDATED;
import static com.throughline.hypothesis.domain.TestMethod.AB_TEST;
import static com.throughline.hypothesis.domain.TestMethod.CONCIERGE;
import static com.throughline.hypothesis.domain.TestMethod.FAKE_DOOR;
import static com.throughline.hypothesis.domain.TestMethod.PROTOTYPE;
import static com.throughline.hypothesis.domain.TestMethod.REFERENCE_PILOT;
import static com.throughline.hypothesis.domain.TestMethod.SURVEY;

/** The demo companies' strategies: a living workspace with hypotheses in every status. */
final class DemoStrategies {

	private DemoStrategies() {
	}

	static void lumen(DSLContext db, UUID tenant, UUID editor, UUID admin) {
		var demo = new StrategyDemo(db, tenant, editor).product("Lumen Insights", Market.ENTERPRISE,
				"Embedded analytics for B2B SaaS finance and operations teams.");
		demo.strategy(1, "Every operations team sees tomorrow's numbers today.",
				"Answers in seconds, without waiting for the data team.",
				"Benchmarks built from thousands of customers' anonymised metrics.",
				"Self-serve onboarding keeps the cost to serve low.")
			.strategy(2,
					"Every B2B operations team decides with live, trusted numbers — inside the tools they already use.",
					"Answers in seconds, inside the apps people already work in, with no data team in the loop.",
					"A benchmark network that grows with every customer, and deep connectors that take years to copy.",
					"Self-serve onboarding and usage-based pricing keep the cost to serve low as accounts grow.");
		demo.phase(PhaseKind.GET_BIG, PhaseStatus.DONE, "Get big on finance dashboards for SaaS start-ups",
				"Cloud finance tools replacing spreadsheets", "2019–2022", "Won 1,200 start-ups through self-serve.")
			.phase(PhaseKind.LEAD, PhaseStatus.CURRENT, "Lead embedded analytics for mid-market B2B software",
					"Every SaaS product is expected to ship analytics", "2023–2026", null)
			.phase(PhaseKind.EXPAND, PhaseStatus.TRIED_TOO_EARLY, "Expand to AI-written board reports",
					"Generative AI in finance", "2024",
					"Tried in 2024: customers did not trust generated numbers yet. Revisit when benchmarks are richer.")
			.phase(PhaseKind.EXPAND_FURTHER, PhaseStatus.FUTURE, "Expand further: an industry benchmark data network",
					"Companies share anonymised metrics for peer comparison", "2027–2030", null);
		UUID embedded = demo.theory("Embedding analytics in partner apps will make us the default",
				Advantage.SWITCHING_COSTS, "Accounts with an embedded dashboard", "%",
				"Share of paying accounts with at least one embedded dashboard in active use", "18");
		UUID benchmarks = demo.theory("Peer benchmarks will turn usage into a network effect",
				Advantage.NETWORK_EFFECTS, "Weekly benchmark viewers", "users",
				"Distinct users opening a benchmark in a week", "420");
		UUID speed = demo.theory("Sub-second queries will delight analysts", Advantage.UNIQUE_TECHNOLOGY,
				"Queries under one second", "%", "Share of dashboard queries answered within one second", "71");
		demo.clientWording(embedded, "Analytics inside the tools your teams already use");
		demo.clientWording(benchmarks, "See how you compare with companies like yours");
		demo.clientWording(speed, "Answers in under a second, even on your largest dashboards");
		UUID h1 = demo.hypothesis(embedded, VALIDATED,
				"We believe that a copy-paste embed snippet for partner apps will lift embedded adoption; we will know when embedded accounts grow",
				"Accounts with an embedded dashboard", "12", "18", -10, REFERENCE_PILOT, "19.5",
				"Pilot with Northwind Logistics: embedding took one afternoon. Ship the snippet to all accounts.",
				editor);
		demo.evidence(h1, EvidenceKind.CUSTOMER_QUOTE, 20, "\"We had it live in our portal before lunch.\"",
				"Northwind Logistics, head of product")
			.evidence(h1, EvidenceKind.METRIC_SNAPSHOT, 5, "Embedded accounts at 19.5 % after four weeks.",
					"Product analytics");
		demo.hypothesis(embedded, TESTING,
				"We believe that SSO for embedded viewers will remove the last blocker for enterprise security reviews",
				"Security reviews passed first time", "40", "70", 21, REFERENCE_PILOT, null, null, admin);
		UUID h3 = demo.hypothesis(benchmarks, TESTING,
				"We believe that showing peers' median churn next to one's own will bring finance leads back weekly",
				"Weekly benchmark viewers", "420", "600", -3, AB_TEST, null, null, editor);
		demo.evidence(h3, EvidenceKind.EXPERIMENT_RESULT, 7, "Treatment group at 510 weekly viewers after two weeks.",
				"A/B test dashboard");
		demo.hypothesis(benchmarks, INVALIDATED,
				"We believe that a public benchmark report will bring inbound enterprise leads",
				"Qualified inbound leads per month", "15", "40", -40, FAKE_DOOR, "17",
				"Downloads were high but leads were not qualified. Benchmarks sell inside the product, not as content.",
				editor);
		demo.hypothesis(speed, READY,
				"We believe that a columnar cache for the 20 heaviest dashboards will make analysts answer questions faster",
				"Queries under one second", "71", "90", 45, AB_TEST, null, null, editor);
		demo.hypothesis(speed, DRAFT, "We believe that query hints in the editor will reduce slow queries",
				"Queries under one second", null, null, 0, null, null, null, editor);
		demo.hypothesis(speed, INCONCLUSIVE,
				"We believe that precomputed rollups will halve dashboard load time for large accounts",
				"Median dashboard load time", "3.2", "1.6", -20, PROTOTYPE, "2.4",
				"Only three large accounts joined; rerun with more data before deciding.", admin);
		demo.roadmapItem(embedded, "Embed snippet for partner portals", 0, ItemStatus.IN_PROGRESS, Confidence.HIGH,
				"Launch analytics in your portal in a day instead of a quarter: no data team needed.",
				"Your dashboards appear inside the tools your team already uses.")
			.roadmapItem(embedded, "Single sign-on for embedded viewers", 1, ItemStatus.PLANNED, Confidence.MEDIUM,
					"Pass security reviews first time: SSO and audit trails for every embedded view.",
					"No extra password: open a dashboard straight from your portal.")
			.roadmapItem(benchmarks, "Peer benchmarks next to every KPI", 2, ItemStatus.PLANNED, Confidence.MEDIUM,
					"See how you compare with peers before the board asks.",
					"Every KPI shows the peer median, so you know at a glance what is normal.")
			.roadmapItem(speed, "Columnar cache for heavy dashboards", -1, ItemStatus.IN_PROGRESS, Confidence.LOW, null,
					"The heaviest dashboards open in under a second.")
			.roadmapItem(benchmarks, "Industry benchmark network", null, ItemStatus.PLANNED, Confidence.LOW,
					"Strategic: benchmarks built from thousands of companies' anonymised metrics.",
					"Compare with your industry, not just your own history.");
		demo.hypothesis(embedded, ABANDONED,
				"We believe that a white-label mobile app will open the field-service market", "Pilot sign-ups", "0",
				"5", 30, SURVEY, null, "Dropped: the current phase is embedded analytics, not mobile.", admin);
	}

	static void streamly(DSLContext db, UUID tenant, UUID editor, UUID admin) {
		var demo = new StrategyDemo(db, tenant, editor).product("Streamly", Market.CONSUMER,
				"Ad-free streaming of independent documentaries and films.");
		demo.strategy(1, "Become the home of independent cinema for curious viewers everywhere.",
				"A personal programme of films you did not know you would love.",
				"Personalisation trained on our unique ratings, and exclusive festival catalogues.",
				"Licensing festival films early keeps content costs below the big platforms'.");
		demo.phase(PhaseKind.GET_BIG, PhaseStatus.DONE, "Get big on festival documentaries in Spain and Mexico",
				"Broadband good enough for HD streaming", "2018–2021", null)
			.phase(PhaseKind.LEAD, PhaseStatus.CURRENT, "Lead ad-free independent cinema streaming in Spanish",
					"Viewers tired of algorithmic blockbusters", "2022–2025", null)
			.phase(PhaseKind.EXPAND, PhaseStatus.FUTURE, "Expand worldwide with subtitles in twelve languages",
					"Global appetite for non-English films", "2026–2028", null)
			.phase(PhaseKind.EXPAND_FURTHER, PhaseStatus.FUTURE, "Expand further into original co-productions",
					"Streaming platforms financing films", "2029+", null);
		UUID personal = demo.theory("Personalisation will improve retention", Advantage.UNIQUE_TECHNOLOGY,
				"Members rating 20+ titles in their first month", "%",
				"Share of new members who rate at least 20 titles within 30 days of joining", "34");
		UUID instant = demo.theory("Instant start will make watching effortless", Advantage.ECONOMIES_OF_SCALE,
				"Plays starting within one second", "%", "Share of plays whose first frame shows within one second",
				"82");
		UUID brand = demo.theory("A curated festival brand will make us the trusted source", Advantage.BRAND,
				"Monthly churn", "%", "Share of paying members who cancel in a month", "4.1");
		UUID h1 = demo.hypothesis(personal, VALIDATED,
				"We believe that asking new members to rate ten films at sign-up will make recommendations feel personal from day one",
				"Members rating 20+ titles in their first month", "22", "30", -15, AB_TEST, "34",
				"Rating at sign-up works: ship it to everyone and test a shorter list next.", editor);
		demo.evidence(h1, EvidenceKind.EXPERIMENT_RESULT, 18, "Treatment: 34 % rated 20+ titles; control: 22 %.",
				"A/B test #42");
		demo.hypothesis(personal, TESTING,
				"We believe that a weekly personal programme email will bring lapsed members back", "Monthly churn",
				"4.1", "3.5", 14, AB_TEST, null, null, editor);
		demo.hypothesis(instant, READY,
				"We believe that prefetching the first 10 seconds of the next episode will make binge sessions longer",
				"Plays starting within one second", "82", "95", 30, AB_TEST, null, null, admin);
		demo.hypothesis(instant, DRAFT, "We believe that a lighter player on low-end phones will reduce start failures",
				"Plays starting within one second", null, null, 0, null, null, null, editor);
		demo.hypothesis(brand, INVALIDATED,
				"We believe that festival laurels on posters will raise conversion from trial to paid",
				"Trial to paid conversion", "41", "48", -25, AB_TEST, "41.5",
				"Laurels did not move conversion; members choose by topic, not by awards.", editor);
		demo.hypothesis(brand, INCONCLUSIVE,
				"We believe that a concierge film advisor for new members will reduce first-month churn",
				"Monthly churn", "4.1", "3.0", -8, CONCIERGE, "3.8",
				"Too few members used the advisor to tell; the ones who did stayed.", admin);
		demo.roadmapItem(personal, "Rate ten films at sign-up", 0, ItemStatus.SHIPPED, Confidence.HIGH, null,
				"Recommendations feel personal from your first evening.")
			.roadmapItem(instant, "Prefetch the next episode", 1, ItemStatus.PLANNED, Confidence.MEDIUM, null,
					"The next episode starts instantly.");
		demo.hypothesis(brand, ABANDONED, "We believe that a family plan will grow households", "Members per household",
				"1.1", "1.6", 40, SURVEY, null, "Abandoned: family viewing is outside the current phase.", admin);
	}

}
