package com.throughline.segment.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.HypothesisDraft;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.security.Role;
import com.throughline.segment.domain.Criterion;
import com.throughline.segment.domain.CriterionStrength;
import com.throughline.segment.domain.Economics;
import com.throughline.segment.domain.Operator;
import com.throughline.segment.domain.Personas;
import com.throughline.segment.domain.PricingUnit;
import com.throughline.segment.domain.SegmentDraft;
import com.throughline.segment.domain.SegmentService;
import com.throughline.segment.domain.Tier;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static com.throughline.db.Tables.SEGMENT;
import static com.throughline.db.Tables.SEGMENT_CRITERION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SegmentViewTest extends KaribuTest {

	@Autowired
	SegmentService segments;

	@Autowired
	StrategyService strategy;

	@Autowired
	HypothesisService hypotheses;

	@Test
	void the_page_shows_criteria_one_persona_when_the_buyer_is_the_user_and_the_economics() {
		signInAs(fixtures.personIn(fixtures.tenant("Festival Co"), Role.EDITOR));
		var segment = segments.create(festivalLovers());
		navigate("segments/" + segment.id());

		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Festival lovers");
		assertThat(textOf(byId("segment-criteria"))).contains("age ≥ 25 (Required)", "country is ES (Strong signal)");
		assertThat(headings()).containsExactly("Qualification criteria", "Buyer and user", "Economics",
				"User evaluation guide (productivity, joy)", "Buyer scorecard (ROI, payback)",
				"Hypotheses about this segment", "Roadmap items for this segment");
		assertThat(textOf(_get(SegmentView.class))).contains("User role: Film enthusiast",
				"Jobs to be done: Find the next film worth watching", "Pains: Blockbusters everywhere");
		assertThat(textOf(byId("segment-economics"))).contains("Price per year: $96 per user",
				"Reachable users or accounts: 500,000", "Annual revenue: $1,440,000", "Revenue target: $1,500,000",
				"Customers needed for the target: 15,625", "Sales motion: Self-serve, online promotion");
		assertThat(textOf(byId("segment-hypotheses"))).contains("No hypothesis is tagged with this segment yet.");
	}

	@Test
	void a_segment_with_a_separate_buyer_shows_a_buyer_and_a_user_persona() {
		signInAs("vera@lumen.test");
		navigate("segments/" + demoSegment("lumen", "Mid-market embedded"));

		assertThat(headings()).contains("Buyer persona", "User persona").doesNotContain("Buyer and user");
		assertThat(textOf(_get(SegmentView.class))).contains("Buyer title: VP Product", "User role: Product manager");
		assertThat(textOf(byId("segment-economics"))).contains("Annual revenue: $2,880,000",
				"Sales motion: Inside sales");
		_assertNone(Button.class, spec -> spec.withId("edit-segment"));
		_assertNone(Button.class, spec -> spec.withId("duplicate-segment"));
		_assertNone(Button.class, spec -> spec.withId("archive-segment"));
	}

	@Test
	void the_markdown_and_csv_exports_hold_the_segment() {
		signInAs("vera@lumen.test");
		navigate("segments/" + demoSegment("lumen", "Mid-market embedded"));

		var markdown = _get(Anchor.class, spec -> spec.withId("export-markdown"));
		var csv = _get(Anchor.class, spec -> spec.withId("export-csv"));
		assertThat(markdown.getText()).isEqualTo("Export Markdown");
		assertThat(csv.getText()).isEqualTo("Export CSV");
		assertThat(new String(DownloadKt._download(markdown), StandardCharsets.UTF_8))
			.startsWith("# Mid-market embedded")
			.contains("## Qualification criteria", "- product type is B2B SaaS (Required)", "## Buyer persona",
					"- Buyer title: VP Product", "## Economics", "- Annual revenue: $2,880,000");
		assertThat(new String(DownloadKt._download(csv), StandardCharsets.UTF_8))
			.startsWith("\"Section\",\"Item\",\"Value\"\r\n")
			.contains("\"Qualification criteria\",\"employees\",\"≥ 200 (Required)\"",
					"\"Economics\",\"Sales motion\",\"Inside sales\"");
	}

	@Test
	void archiving_after_confirming_marks_the_segment_archived() {
		UUID tenant = fixtures.tenant("Archive Page Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var segment = segments.create(festivalLovers());
		navigate("segments/" + segment.id());

		_click(_get(Button.class, spec -> spec.withId("archive-segment")));
		var confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Archive Festival lovers?");
		_fireConfirm(confirm);

		assertThat(_find(Span.class, spec -> spec.withClasses("badge"))).extracting(Span::getText).contains("Archived");
		assertThat(_get(Button.class, spec -> spec.withId("archive-segment")).getText()).isEqualTo("Restore");
		assertThat(fixtures.owner()
			.select(SEGMENT.ARCHIVED)
			.from(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenant).and(SEGMENT.ID.eq(segment.id())))
			.fetchSingle()
			.value1()).isTrue();
	}

	@Test
	void duplicating_opens_the_copy_with_the_same_criteria() {
		UUID tenant = fixtures.tenant("Duplicate Page Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var segment = segments.create(festivalLovers());
		navigate("segments/" + segment.id());

		_click(_get(Button.class, spec -> spec.withId("duplicate-segment")));

		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Festival lovers (copy)");
		assertThat(textOf(byId("segment-criteria"))).contains("age ≥ 25 (Required)", "country is ES (Strong signal)");
		var copy = fixtures.owner()
			.select(SEGMENT.ID)
			.from(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenant).and(SEGMENT.NAME.eq("Festival lovers (copy)")))
			.fetchSingle()
			.value1();
		assertThat(fixtures.owner().fetchCount(SEGMENT_CRITERION, SEGMENT_CRITERION.SEGMENT_ID.eq(copy))).isEqualTo(2);
	}

	@Test
	void hypotheses_tagged_with_the_segment_are_linked_from_its_page() {
		signInAs(fixtures.personIn(fixtures.tenant("Tagged Co"), Role.EDITOR));
		var segment = segments.create(festivalLovers());
		UUID product = strategy.createProduct(new ProductDraft("Reel", Market.CONSUMER, null)).id();
		UUID hypothesis = hypotheses
			.create(new HypothesisDraft(product, null, "We believe that festival lovers binge documentaries",
					"Documentaries watched", new BigDecimal("1"), new BigDecimal("3"), Direction.INCREASE, null,
					TestMethod.SURVEY, null))
			.id();
		segments.tagHypothesis(hypothesis, List.of(segment.id()));
		navigate("segments/" + segment.id());

		assertThat(_find(byId("segment-hypotheses"), RouterLink.class))
			.extracting(RouterLink::getText, RouterLink::getHref)
			.containsExactly(tuple("We believe that festival lovers binge documentaries", "hypotheses/" + hypothesis));
		assertThat(textOf(byId("segment-hypotheses"))).doesNotContain("No hypothesis is tagged");
	}

	@Test
	void another_companys_segment_is_not_found_and_nothing_of_it_shows() {
		UUID festivalLovers = demoSegment("streamly", "Festival lovers");
		signInAs("eli@lumen.test");
		navigate("segments/" + festivalLovers);

		assertThat(textOf(byId("not-found"))).contains("Not found",
				"There is nothing here, or it is not shared with you.");
		_assertNone(SegmentView.class);
		assertThat(textOf(UI.getCurrent())).doesNotContain("Festival lovers", "Film enthusiast");
	}

	private static List<String> headings() {
		return _find(_get(SegmentView.class), H3.class).stream().map(H3::getText).toList();
	}

	private UUID demoSegment(String tenantSlug, String name) {
		return fixtures.owner()
			.select(SEGMENT.ID)
			.from(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(fixtures.tenantIdOf(tenantSlug)).and(SEGMENT.NAME.eq(name)))
			.fetchSingle()
			.value1();
	}

	private static SegmentDraft festivalLovers() {
		return new SegmentDraft(null, "Festival lovers", "Viewers who follow film festivals.", Tier.CONSUMER,
				List.of(new Criterion("age", Operator.GTE, "25", CriterionStrength.REQUIRED),
						new Criterion("country", Operator.EQ, "ES", CriterionStrength.STRONG_SIGNAL)),
				new Personas(true, null, null, null, null, null, "Film enthusiast", "Find the next film worth watching",
						"Blockbusters everywhere", "A programme that feels personal"),
				new Economics(new BigDecimal("96"), PricingUnit.PER_USER, 500_000L, new BigDecimal("3"),
						new BigDecimal("1500000"), null),
				"Joy: they recommend it", null);
	}

	@Test
	void duplicating_a_segment_with_a_long_name_opens_a_copy_of_its_own() {
		UUID tenant = fixtures.tenant("Long Name Co");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		var draft = festivalLovers();
		var segment = segments.create(new SegmentDraft(null, "x".repeat(200), null, draft.tier(), draft.criteria(),
				draft.personas(), draft.economics(), null, null));
		navigate("segments/" + segment.id());

		_click(_get(Button.class, spec -> spec.withId("duplicate-segment")));

		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isNotEqualTo(segment.name());
		assertThat(fixtures.owner().fetchCount(SEGMENT, SEGMENT.TENANT_ID.eq(tenant))).isEqualTo(2);
	}

}
