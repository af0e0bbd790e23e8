package com.throughline.segment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.HypothesisDraft;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.Role;
import com.throughline.roadmap.domain.RoadmapItemDraft;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.HYPOTHESIS_SEGMENT;
import static com.throughline.db.Tables.SEGMENT;
import static com.throughline.db.Tables.SEGMENT_CRITERION;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class SegmentServiceTest {

	static final Criterion MANY_EMPLOYEES = new Criterion("employees", Operator.GTE, "500", CriterionStrength.REQUIRED);

	static final Criterion IN_EUROPE = new Criterion("region", Operator.EQ, "EU", CriterionStrength.STRONG_SIGNAL);

	static final Criterion ON_SAP = new Criterion("ERP", Operator.CONTAINS, "SAP", CriterionStrength.REQUIRED);

	@Autowired
	SegmentService segments;

	@Autowired
	StrategyService strategy;

	@Autowired
	HypothesisService hypotheses;

	@Autowired
	com.throughline.roadmap.domain.RoadmapService roadmap;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	String editor;

	@BeforeEach
	void aCompanyWithAnEditor() {
		tenant = fixtures.tenant("Segment Co");
		editor = fixtures.personIn(tenant, Role.EDITOR);
		signIn.as(editor);
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	// Creating and reading

	@Test
	void a_segment_is_stored_with_its_criteria_in_order_its_personas_and_its_economics() {
		var personas = new Personas(false, "  VP Finance ", "Close faster", "ROI in a quarter", "Procurement review", 4,
				"Controller", "Month-end close", "Copy-paste", "Reports in minutes");
		var economics = new Economics(new BigDecimal("12000"), PricingUnit.PER_ACCOUNT, 3000L, new BigDecimal("8.5"),
				new BigDecimal("3000000"), new BigDecimal("48000"));

		var created = segments.create(new SegmentDraft(null, "  Mid-market finance  ", "  Finance teams ",
				Tier.MID_MARKET, List.of(MANY_EMPLOYEES,
						new Criterion(" region ", Operator.EQ, " EU ", CriterionStrength.STRONG_SIGNAL), ON_SAP),
				personas, economics, "Saves a day a month", "Payback under 4 months"));

		var read = segments.get(created.id());
		assertThat(read).isEqualTo(created);
		assertThat(read.name()).isEqualTo("Mid-market finance");
		assertThat(read.description()).isEqualTo("Finance teams");
		assertThat(read.tier()).isEqualTo(Tier.MID_MARKET);
		assertThat(read.criteria()).containsExactly(MANY_EMPLOYEES, IN_EUROPE, ON_SAP);
		assertThat(read.personas()).isEqualTo(new Personas(false, "VP Finance", "Close faster", "ROI in a quarter",
				"Procurement review", 4, "Controller", "Month-end close", "Copy-paste", "Reports in minutes"));
		assertThat(read.economics().pricePerYear()).isEqualByComparingTo("12000");
		assertThat(read.economics().unit()).isEqualTo(PricingUnit.PER_ACCOUNT);
		assertThat(read.economics().reachable()).isEqualTo(3000L);
		assertThat(read.economics().conversionPercent()).isEqualByComparingTo("8.5");
		assertThat(read.economics().revenueTarget()).isEqualByComparingTo("3000000");
		assertThat(read.economics().buyerAnnualValue()).isEqualByComparingTo("48000");
		assertThat(read.economics().annualRevenue())
			.hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("3060000"));
		assertThat(read.userEvaluation()).isEqualTo("Saves a day a month");
		assertThat(read.buyerScorecard()).isEqualTo("Payback under 4 months");
		assertThat(read.archived()).isFalse();
		assertThat(read.version()).isZero();
		assertThat(segments.segments(false)).containsExactly(read);
		assertThat(storedCriteria(created.id())).containsExactly(tuple(0, "employees", Operator.GTE, "500"),
				tuple(1, "region", Operator.EQ, "EU"), tuple(2, "ERP", Operator.CONTAINS, "SAP"));
	}

	@Test
	void a_segment_without_criteria_is_refused_and_nothing_is_stored() {
		assertThat(refused(() -> segments.create(draft("No criteria", List.of()))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("criteria", "segment.criteria.required");
		assertThat(stored(SEGMENT)).isZero();
		assertThat(stored(SEGMENT_CRITERION)).isZero();
	}

	@Test
	void a_segment_name_already_used_in_any_case_is_refused_and_nothing_is_stored() {
		segments.create(draft("Enterprise operations", List.of(MANY_EMPLOYEES)));

		assertThat(refused(() -> segments.create(draft("  ENTERPRISE Operations ", List.of(ON_SAP)))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("name", "segment.name-taken");
		assertThat(storedNames()).containsExactly("Enterprise operations");
		assertThat(stored(SEGMENT_CRITERION)).isOne();
	}

	@Test
	void another_company_may_use_the_same_segment_name() {
		segments.create(draft("Enterprise operations", List.of(MANY_EMPLOYEES)));
		signIn.as(fixtures.personIn(fixtures.tenant("Other Co"), Role.EDITOR));

		var theirs = segments.create(draft("Enterprise operations", List.of(ON_SAP)));

		assertThat(segments.segments(true)).containsExactly(theirs);
		assertThat(storedNames()).containsExactly("Enterprise operations");
	}

	// Updating

	@Test
	void an_update_replaces_the_criteria_and_raises_the_version() {
		var created = segments.create(draft("Mid-market", List.of(MANY_EMPLOYEES, IN_EUROPE)));

		var updated = segments.update(created.id(), draft("Mid-market EU", List.of(ON_SAP, MANY_EMPLOYEES)),
				created.version());

		assertThat(updated.name()).isEqualTo("Mid-market EU");
		assertThat(updated.criteria()).containsExactly(ON_SAP, MANY_EMPLOYEES);
		assertThat(updated.version()).isEqualTo(created.version() + 1);
		assertThat(segments.get(created.id())).isEqualTo(updated);
		assertThat(storedCriteria(created.id())).containsExactly(tuple(0, "ERP", Operator.CONTAINS, "SAP"),
				tuple(1, "employees", Operator.GTE, "500"));
	}

	@Test
	void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
		var stale = segments.create(draft("Mid-market", List.of(MANY_EMPLOYEES)));
		var first = segments.update(stale.id(), draft("First save wins", List.of(IN_EUROPE)), stale.version());

		assertThatThrownBy(
				() -> segments.update(stale.id(), draft("Second save", List.of(ON_SAP, IN_EUROPE)), stale.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(segments.get(stale.id())).isEqualTo(first);
		assertThat(storedNames()).containsExactly("First save wins");
		assertThat(storedCriteria(stale.id())).containsExactly(tuple(0, "region", Operator.EQ, "EU"));
	}

	// Duplicating and archiving

	@Test
	void duplicating_names_the_copy_and_then_numbers_further_copies_with_the_same_criteria() {
		var original = segments.create(draft("Mid-market", List.of(MANY_EMPLOYEES, IN_EUROPE)));

		var copy = segments.duplicate(original.id(), "(copy)");
		var second = segments.duplicate(original.id(), "(copy)");

		assertThat(copy.name()).isEqualTo("Mid-market (copy)");
		assertThat(second.name()).isEqualTo("Mid-market (copy) 2");
		assertThat(List.of(copy, second)).allSatisfy(c -> {
			assertThat(c.id()).isNotEqualTo(original.id());
			assertThat(c.criteria()).containsExactly(MANY_EMPLOYEES, IN_EUROPE);
			assertThat(c.tier()).isEqualTo(original.tier());
			assertThat(c.economics()).isEqualTo(original.economics());
		});
		assertThat(storedNames()).containsExactlyInAnyOrder("Mid-market", "Mid-market (copy)", "Mid-market (copy) 2");
		assertThat(stored(SEGMENT_CRITERION)).isEqualTo(6);
	}

	@Test
	void an_archived_segment_stays_readable_and_tagged_but_is_hidden_from_the_active_list() {
		segments.create(draft("Kept", List.of(IN_EUROPE)));
		var old = segments.create(draft("Old segment", List.of(MANY_EMPLOYEES)));
		UUID hypothesis = aHypothesis("We believe that old customers renew");
		segments.tagHypothesis(hypothesis, List.of(old.id()));

		var archived = segments.setArchived(old.id(), true, old.version());

		assertThat(archived.archived()).isTrue();
		assertThat(segments.get(old.id()).archived()).isTrue();
		assertThat(segments.get(old.id()).criteria()).containsExactly(MANY_EMPLOYEES);
		assertThat(segments.segments(false)).extracting(Segment::name).containsExactly("Kept");
		assertThat(segments.segments(true)).extracting(Segment::name, Segment::archived)
			.containsExactly(tuple("Kept", false), tuple("Old segment", true));
		assertThat(segments.segmentsOfHypothesis(hypothesis)).containsExactly(old.id());
		assertThat(segments.linkedHypotheses(old.id())).extracting(Map.Entry::getKey, Map.Entry::getValue)
			.containsExactly(tuple(hypothesis, "We believe that old customers renew"));
		assertThat(fixtures.owner()
			.select(SEGMENT.ARCHIVED)
			.from(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenant).and(SEGMENT.ID.eq(old.id())))
			.fetchSingle()
			.value1()).isTrue();
	}

	// Sales thresholds

	@Test
	void a_company_starts_with_self_serve_below_500_and_field_sales_from_20000() {
		var thresholds = segments.thresholds();

		assertThat(thresholds.selfServeBelow()).isEqualByComparingTo("500");
		assertThat(thresholds.fieldSalesFrom()).isEqualByComparingTo("20000");
	}

	@Test
	void an_admin_changes_the_thresholds_but_an_editor_cannot() {
		var before = segments.thresholds();
		assertThatThrownBy(() -> segments
			.updateThresholds(new SalesThresholds(new BigDecimal("1000"), new BigDecimal("30000"), before.version())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(storedThresholds()).containsExactly(new BigDecimal("500.00"), new BigDecimal("20000.00"));

		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		var after = segments
			.updateThresholds(new SalesThresholds(new BigDecimal("1000"), new BigDecimal("30000"), before.version()));

		assertThat(after.selfServeBelow()).isEqualByComparingTo("1000");
		assertThat(after.fieldSalesFrom()).isEqualByComparingTo("30000");
		assertThat(after.motionFor(new BigDecimal("999"))).isEqualTo(SalesMotion.SELF_SERVE);
		assertThat(after.motionFor(new BigDecimal("20000"))).isEqualTo(SalesMotion.INSIDE_SALES);
		assertThat(storedThresholds()).containsExactly(new BigDecimal("1000.00"), new BigDecimal("30000.00"));
	}

	@Test
	void thresholds_in_the_wrong_order_are_refused_and_nothing_changes() {
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		int version = segments.thresholds().version();

		assertThat(refused(() -> segments
			.updateThresholds(new SalesThresholds(new BigDecimal("5000"), new BigDecimal("5000"), version))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("fieldSalesFrom", "segment.threshold.order");
		assertThat(refused(() -> segments
			.updateThresholds(new SalesThresholds(new BigDecimal("30000"), new BigDecimal("20000"), version))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("fieldSalesFrom", "segment.threshold.order");
		assertThat(refused(() -> segments
			.updateThresholds(new SalesThresholds(BigDecimal.ZERO, new BigDecimal("20000"), version))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("selfServeBelow", "segment.threshold.positive");
		assertThat(storedThresholds()).containsExactly(new BigDecimal("500.00"), new BigDecimal("20000.00"));
	}

	// Qualification

	@Test
	void a_prospect_is_checked_against_every_active_segment_qualifying_ones_first() {
		segments.create(draft("Enterprise",
				List.of(new Criterion("employees", Operator.GTE, "2000", CriterionStrength.REQUIRED), ON_SAP)));
		segments.create(draft("Mid-market", List.of(MANY_EMPLOYEES,
				new Criterion("employees", Operator.LT, "2000", CriterionStrength.REQUIRED), IN_EUROPE)));
		var archived = segments.create(draft("Archived fit", List.of(MANY_EMPLOYEES)));
		segments.setArchived(archived.id(), true, archived.version());

		var checked = segments.qualify(Map.of("Employees", "1,200", "erp", "SAP S/4HANA"));

		assertThat(checked).extracting(q -> q.segment().name(), Qualification::qualifies)
			.containsExactly(tuple("Mid-market", true), tuple("Enterprise", false));
		var midMarket = checked.get(0);
		assertThat(midMarket.missingRequired()).isEmpty();
		assertThat(midMarket.missingSignals()).containsExactly(IN_EUROPE);
		assertThat(midMarket.met()).hasSize(2);
		var enterprise = checked.get(1);
		assertThat(enterprise.missingRequired())
			.containsExactly(new Criterion("employees", Operator.GTE, "2000", CriterionStrength.REQUIRED));
		assertThat(enterprise.met()).containsExactly(ON_SAP);
	}

	// Hypothesis tags

	@Test
	void a_hypothesis_tagged_with_segments_is_linked_both_ways_and_retagging_replaces_the_tags() {
		var midMarket = segments.create(draft("Mid-market", List.of(MANY_EMPLOYEES)));
		var europe = segments.create(draft("Europe", List.of(IN_EUROPE)));
		UUID hypothesis = aHypothesis("We believe that mid-market buyers want benchmarks");

		segments.tagHypothesis(hypothesis, List.of(midMarket.id(), europe.id()));

		assertThat(segments.segmentsOfHypothesis(hypothesis)).containsExactlyInAnyOrder(midMarket.id(), europe.id());
		assertThat(segments.linkedHypotheses(midMarket.id())).extracting(Map.Entry::getKey, Map.Entry::getValue)
			.containsExactly(tuple(hypothesis, "We believe that mid-market buyers want benchmarks"));
		assertThat(segments.linkedHypotheses(europe.id())).extracting(Map.Entry::getKey).containsExactly(hypothesis);

		segments.tagHypothesis(hypothesis, List.of(europe.id()));

		assertThat(segments.segmentsOfHypothesis(hypothesis)).containsExactly(europe.id());
		assertThat(segments.linkedHypotheses(midMarket.id())).isEmpty();
		assertThat(storedTags()).containsExactly(tuple(hypothesis, europe.id()));
	}

	@Test
	void tagging_with_another_companys_segment_is_not_found_and_keeps_the_tags() {
		signIn.as(fixtures.personIn(fixtures.tenant("Other Co"), Role.EDITOR));
		UUID theirs = segments.create(draft("Their segment", List.of(MANY_EMPLOYEES))).id();
		signIn.as(editor);
		var mine = segments.create(draft("Mine", List.of(IN_EUROPE)));
		UUID hypothesis = aHypothesis("We believe that tags stay put");
		segments.tagHypothesis(hypothesis, List.of(mine.id()));

		assertThatThrownBy(() -> segments.tagHypothesis(hypothesis, List.of(theirs)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> segments.tagHypothesis(hypothesis, List.of(mine.id(), theirs)))
			.isInstanceOf(NotFoundException.class);

		assertThat(segments.segmentsOfHypothesis(hypothesis)).containsExactly(mine.id());
		assertThat(storedTags()).containsExactly(tuple(hypothesis, mine.id()));
		assertThat(fixtures.owner().fetchCount(HYPOTHESIS_SEGMENT, HYPOTHESIS_SEGMENT.SEGMENT_ID.eq(theirs))).isZero();
	}

	@Test
	void a_roadmap_item_tagged_with_segments_is_listed_on_the_segment_and_foreign_segments_are_refused() {
		signIn.as(fixtures.personIn(fixtures.tenant("Far Co"), Role.EDITOR));
		UUID theirs = segments.create(draft("Far segment", List.of(MANY_EMPLOYEES))).id();
		signIn.as(editor);
		var mine = segments.create(draft("Near segment", List.of(IN_EUROPE)));
		UUID product = strategy.createProduct(new ProductDraft("Roadmap product", Market.SMB, null)).id();
		UUID item = roadmap
			.create(new RoadmapItemDraft(product, "Tagged item", null, null, null, List.of(), null, null, null, null,
					null, null))
			.id();

		segments.tagRoadmapItem(item, List.of(mine.id()));
		assertThatThrownBy(() -> segments.tagRoadmapItem(item, List.of(theirs))).isInstanceOf(NotFoundException.class);

		assertThat(segments.segmentsOfRoadmapItem(item)).containsExactly(mine.id());
		assertThat(segments.linkedRoadmapItems(mine.id())).extracting(java.util.Map.Entry::getValue)
			.containsExactly("Tagged item");
	}

	// Roles and companies

	@Test
	void a_viewer_reads_segments_but_cannot_change_them() {
		var segment = segments.create(draft("Mid-market", List.of(MANY_EMPLOYEES)));
		UUID hypothesis = aHypothesis("We believe that viewers only read");
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));

		assertThat(segments.segments(false)).extracting(Segment::name).containsExactly("Mid-market");
		assertThat(segments.get(segment.id())).isEqualTo(segment);
		assertThat(segments.qualify(Map.of("employees", "800"))).singleElement()
			.satisfies(q -> assertThat(q.qualifies()).isTrue());
		assertThat(segments.thresholds().selfServeBelow()).isEqualByComparingTo("500");
		List<ThrowingCallable> writes = List.of(() -> segments.create(draft("Viewer's segment", List.of(IN_EUROPE))),
				() -> segments.update(segment.id(), draft("Renamed", List.of(IN_EUROPE)), segment.version()),
				() -> segments.duplicate(segment.id(), "(copy)"),
				() -> segments.setArchived(segment.id(), true, segment.version()),
				() -> segments.tagHypothesis(hypothesis, List.of(segment.id())),
				() -> segments.updateThresholds(new SalesThresholds(new BigDecimal("100"), new BigDecimal("1000"), 0)));
		for (var write : writes) {
			assertThatThrownBy(write).isInstanceOf(AccessDeniedException.class);
		}

		assertThat(fixtures.owner()
			.select(SEGMENT.NAME, SEGMENT.ARCHIVED, SEGMENT.VERSION)
			.from(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenant))
			.fetch()
			.map(r -> tuple(r.value1(), r.value2(), r.value3()))).containsExactly(tuple("Mid-market", false, 0));
		assertThat(storedCriteria(segment.id())).containsExactly(tuple(0, "employees", Operator.GTE, "500"));
		assertThat(storedTags()).isEmpty();
		assertThat(storedThresholds()).containsExactly(new BigDecimal("500.00"), new BigDecimal("20000.00"));
	}

	@Test
	void another_companys_segment_is_not_found_and_stays_untouched() {
		var otherTenant = fixtures.tenant("Other Co");
		String stranger = fixtures.personIn(otherTenant, Role.EDITOR);
		signIn.as(stranger);
		var theirs = segments.create(draft("Their segment", List.of(MANY_EMPLOYEES)));
		signIn.as(editor);

		List<ThrowingCallable> attempts = List.of(() -> segments.get(theirs.id()),
				() -> segments.update(theirs.id(), draft("Hijacked", List.of(IN_EUROPE)), theirs.version()),
				() -> segments.duplicate(theirs.id(), "(copy)"),
				() -> segments.setArchived(theirs.id(), true, theirs.version()),
				() -> segments.linkedHypotheses(theirs.id()));
		for (var attempt : attempts) {
			assertThatThrownBy(attempt).isInstanceOf(NotFoundException.class);
		}
		assertThat(segments.segments(true)).isEmpty();
		assertThat(segments.qualify(Map.of("employees", "800"))).isEmpty();
		assertThat(stored(SEGMENT)).isZero();

		signIn.as(stranger);
		assertThat(segments.get(theirs.id())).isEqualTo(theirs);
		assertThat(segments.segments(true)).extracting(Segment::name).containsExactly("Their segment");
	}

	private UUID aHypothesis(String statement) {
		UUID product = strategy.createProduct(new ProductDraft("Product for " + statement, Market.SMB, null)).id();
		return hypotheses
			.create(new HypothesisDraft(product, null, statement, "Activation", new BigDecimal("1"),
					new BigDecimal("2"), Direction.INCREASE, null, TestMethod.SURVEY, null))
			.id();
	}

	private static SegmentDraft draft(String name, List<Criterion> criteria) {
		return new SegmentDraft(null, name, null, Tier.MID_MARKET, criteria,
				new Personas(false, "VP Product", null, null, null, 3, "Product manager", null, null, null),
				new Economics(new BigDecimal("12000"), PricingUnit.PER_ACCOUNT, 3000L, new BigDecimal("8"), null, null),
				null, null);
	}

	private static InvalidInputException refused(ThrowingCallable change) {
		Throwable thrown = catchThrowable(change);
		assertThat(thrown).isInstanceOf(InvalidInputException.class);
		return (InvalidInputException) thrown;
	}

	private int stored(Table<?> table) {
		return fixtures.owner().fetchCount(table, table.field("tenant_id", UUID.class).eq(tenant));
	}

	private List<String> storedNames() {
		return fixtures.owner()
			.select(SEGMENT.NAME)
			.from(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenant))
			.fetch(SEGMENT.NAME);
	}

	private List<org.assertj.core.groups.Tuple> storedCriteria(UUID segment) {
		return fixtures.owner()
			.select(SEGMENT_CRITERION.POSITION, SEGMENT_CRITERION.ATTRIBUTE, SEGMENT_CRITERION.OPERATOR,
					SEGMENT_CRITERION.VALUE)
			.from(SEGMENT_CRITERION)
			.where(SEGMENT_CRITERION.TENANT_ID.eq(tenant).and(SEGMENT_CRITERION.SEGMENT_ID.eq(segment)))
			.orderBy(SEGMENT_CRITERION.POSITION)
			.fetch()
			.map(r -> tuple(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	private List<org.assertj.core.groups.Tuple> storedTags() {
		return fixtures.owner()
			.select(HYPOTHESIS_SEGMENT.HYPOTHESIS_ID, HYPOTHESIS_SEGMENT.SEGMENT_ID)
			.from(HYPOTHESIS_SEGMENT)
			.where(HYPOTHESIS_SEGMENT.TENANT_ID.eq(tenant))
			.fetch()
			.map(r -> tuple(r.value1(), r.value2()));
	}

	private List<BigDecimal> storedThresholds() {
		var row = fixtures.owner()
			.select(TENANT.SELF_SERVE_BELOW, TENANT.FIELD_SALES_FROM)
			.from(TENANT)
			.where(TENANT.ID.eq(tenant))
			.fetchSingle();
		return List.of(row.value1(), row.value2());
	}

	@Test
	void duplicating_a_segment_with_a_long_name_still_gives_each_copy_a_name_of_its_own() {
		var original = segments.create(draft("x".repeat(200), List.of(MANY_EMPLOYEES)));

		var copy = segments.duplicate(original.id(), "(copy)");
		var second = segments.duplicate(original.id(), "(copy)");

		assertThat(List.of(original.name(), copy.name(), second.name())).doesNotHaveDuplicates()
			.allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(200));
		assertThat(stored(SEGMENT)).isEqualTo(3);
	}

	@Test
	void thresholds_too_large_to_store_or_with_more_than_two_decimals_are_refused_and_nothing_changes() {
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		int version = segments.thresholds().version();

		assertThat(refused(() -> segments
			.updateThresholds(new SalesThresholds(new BigDecimal("500"), new BigDecimal("1000000000000000"), version)))
			.field()).isEqualTo("fieldSalesFrom");
		assertThat(refused(() -> segments
			.updateThresholds(new SalesThresholds(new BigDecimal("500.555"), new BigDecimal("20000"), version)))
			.field()).isEqualTo("selfServeBelow");
		assertThat(storedThresholds()).containsExactly(new BigDecimal("500.00"), new BigDecimal("20000.00"));
	}

}
