package com.throughline.hypothesis.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.throughline.account.domain.SignInService;
import com.throughline.db.tables.records.HypothesisRecord;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.TheoryDraft;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.EVIDENCE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class HypothesisServiceTest {

	@Autowired
	HypothesisService hypotheses;

	@Autowired
	StrategyService strategies;

	@Autowired
	HypothesisChanges changes;

	@Autowired
	SignInService accounts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	@Autowired
	Clock clock;

	UUID tenant;

	String editorEmail;

	UUID editor;

	UUID product;

	UUID theory;

	@BeforeEach
	void aCompanyWithAProductAndATheory() {
		tenant = fixtures.tenant("Streamly");
		editorEmail = fixtures.personIn(tenant, Role.EDITOR);
		editor = signIn.as(editorEmail).id();
		product = strategies.createProduct(new ProductDraft("Movies", Market.CONSUMER, null)).id();
		theory = strategies
			.saveTheory(product, null,
					new TheoryDraft("Taste profile", null, Advantage.UNIQUE_TECHNOLOGY, "Members rating 50+ titles",
							"%", null, null),
					0)
			.id();
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	// Creating and editing

	@Test
	void a_hypothesis_is_created_as_a_draft_with_its_text_trimmed() {
		var created = hypotheses.create(bet().statement("  We believe a taste quiz makes members rate more  ")
			.theory(theory)
			.metric("  Members rating 50+ titles ")
			.draft());

		assertThat(created.status()).isEqualTo(HypothesisStatus.DRAFT);
		assertThat(created.statement()).isEqualTo("We believe a taste quiz makes members rate more");
		assertThat(created.metricName()).isEqualTo("Members rating 50+ titles");
		assertThat(created.productName()).isEqualTo("Movies");
		assertThat(created.theoryTitle()).isEqualTo("Taste profile");
		assertThat(created.ownerName()).isEqualTo("editor of " + tenant);
		assertThat(created.version()).isZero();
		assertThat(created.supersedesId()).isNull();
	}

	@Test
	void a_hypothesis_needs_a_statement_and_nothing_is_stored_without_one() {
		for (String blank : new String[] { null, "", "   " }) {
			assertThat(refused(() -> hypotheses.create(bet().statement(blank).draft())))
				.extracting(InvalidInputException::field, InvalidInputException::messageKey)
				.containsExactly("statement", "hypothesis.statement.required");
		}
		assertThat(storedHypotheses()).isZero();
	}

	@Test
	void a_target_equal_to_the_baseline_is_refused() {
		assertThat(refused(() -> hypotheses.create(bet().baseline("10").target("10.00").draft())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("target", "hypothesis.target.equals-baseline");
		assertThat(storedHypotheses()).isZero();
	}

	@Test
	void a_target_on_the_wrong_side_of_the_baseline_for_the_direction_is_refused() {
		assertThat(refused(
				() -> hypotheses.create(bet().direction(Direction.INCREASE).baseline("10").target("9.5").draft())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("target", "hypothesis.target.wrong-side");
		assertThat(refused(
				() -> hypotheses.create(bet().direction(Direction.DECREASE).baseline("10").target("10.5").draft())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("target", "hypothesis.target.wrong-side");
		assertThat(storedHypotheses()).isZero();

		var lower = hypotheses.create(bet().direction(Direction.DECREASE).baseline("10").target("9.5").draft());
		assertThat(lower.direction()).isEqualTo(Direction.DECREASE);
		assertThat(lower.target()).isEqualByComparingTo("9.5");
	}

	@Test
	void baseline_and_target_too_large_to_store_are_refused() {
		assertThat(refused(() -> hypotheses.create(bet().baseline("100000000000000").target(null).draft())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("baseline", "validation.number-too-large");
		assertThat(refused(() -> hypotheses.create(bet().baseline("1").target("2.00001").draft())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("target", "validation.number-too-large");
		assertThat(storedHypotheses()).isZero();
	}

	@Test
	void a_theory_of_another_product_is_refused() {
		UUID otherProduct = strategies.createProduct(new ProductDraft("Series", Market.CONSUMER, null)).id();
		UUID otherTheory = strategies
			.saveTheory(otherProduct, null,
					new TheoryDraft("Binge brand", null, Advantage.BRAND, "Episodes per session", null, null, null), 0)
			.id();

		assertThat(refused(() -> hypotheses.create(bet().theory(otherTheory).draft())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("theory", "hypothesis.theory-of-other-product");
		assertThat(storedHypotheses()).isZero();
	}

	@Test
	void a_product_or_hypothesis_of_another_company_is_not_reachable() {
		var otherTenant = fixtures.tenant("Other Co");
		signIn.as(fixtures.personIn(otherTenant, Role.EDITOR));
		UUID theirProduct = strategies.createProduct(new ProductDraft("Secret", Market.SMB, null)).id();
		var theirs = hypotheses.create(bet().product(theirProduct).theory(null).owner(null).draft());
		signIn.as(editorEmail);

		assertThat(refused(() -> hypotheses.create(bet().product(theirProduct).theory(null).draft())).field())
			.isEqualTo("product");
		List<ThrowingCallable> attempts = List.of(() -> hypotheses.get(theirs.id()),
				() -> hypotheses.evidence(theirs.id()), () -> hypotheses.update(theirs.id(), bet().draft(), 0),
				() -> hypotheses.markReady(theirs.id(), 0), () -> hypotheses.abandon(theirs.id(), 0, "Sabotage"),
				() -> hypotheses.addEvidence(theirs.id(), quote(today(), "Planted")));
		for (var attempt : attempts) {
			assertThatThrownBy(attempt).isInstanceOf(NotFoundException.class);
		}
		assertThat(hypotheses.ofProduct(theirProduct)).isEmpty();
		assertThat(hypotheses.count(HypothesisFilter.ANY)).isZero();
		assertThat(stored(theirs.id()).getStatus()).isEqualTo(HypothesisStatus.DRAFT);
		assertThat(stored(theirs.id()).getVersion()).isZero();
	}

	// Draft → Ready

	@Test
	void mark_ready_is_refused_naming_the_missing_piece_until_the_criteria_are_complete() {
		var h = hypotheses.create(bet().metric(null).baseline(null).target(null).deadline(null).method(null).draft());
		var steps = List.of(bet().metric(null).baseline(null).target(null).deadline(null).method(null),
				bet().baseline(null).target(null).deadline(null).method(null),
				bet().target(null).deadline(null).method(null), bet().deadline(null).method(null), bet().method(null));
		var missing = List.of("hypothesis.missing.metric", "hypothesis.missing.baseline", "hypothesis.missing.target",
				"hypothesis.missing.deadline", "hypothesis.missing.method");

		for (int i = 0; i < steps.size(); i++) {
			h = hypotheses.update(h.id(), steps.get(i).draft(), h.version());
			var current = h;
			assertThat(refused(() -> hypotheses.markReady(current.id(), current.version())))
				.extracting(InvalidInputException::field, InvalidInputException::messageKey)
				.containsExactly("status", missing.get(i));
			assertThat(stored(h.id()).getStatus()).isEqualTo(HypothesisStatus.DRAFT);
		}
		h = hypotheses.update(h.id(), bet().draft(), h.version());

		var ready = hypotheses.markReady(h.id(), h.version());

		assertThat(ready.status()).isEqualTo(HypothesisStatus.READY);
		assertThat(ready.missingCriterion()).isEmpty();
	}

	@Test
	void mark_ready_is_only_for_drafts() {
		var ready = ready(bet());

		assertThat(refused(() -> hypotheses.markReady(ready.id(), ready.version())).messageKey())
			.isEqualTo("hypothesis.not-draft");
		assertThat(stored(ready.id()).getVersion()).isEqualTo(ready.version());
	}

	@Test
	void a_ready_hypothesis_whose_criteria_become_incomplete_goes_back_to_draft() {
		var ready = ready(bet());

		var stillReady = hypotheses.update(ready.id(), bet().statement("We believe a shorter quiz works").draft(),
				ready.version());
		var backToDraft = hypotheses.update(ready.id(), bet().deadline(null).draft(), stillReady.version());

		assertThat(stillReady.status()).isEqualTo(HypothesisStatus.READY);
		assertThat(backToDraft.status()).isEqualTo(HypothesisStatus.DRAFT);
		assertThat(backToDraft.deadline()).isNull();
		assertThat(stored(ready.id()).getStatus()).isEqualTo(HypothesisStatus.DRAFT);
	}

	// Ready → Testing

	@Test
	void a_test_starts_only_from_ready() {
		var draft = hypotheses.create(bet().draft());

		assertThat(refused(() -> hypotheses.startTest(draft.id(), draft.version())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("status", "hypothesis.not-ready");
		assertThat(stored(draft.id()).getStatus()).isEqualTo(HypothesisStatus.DRAFT);
		var ready = hypotheses.markReady(draft.id(), draft.version());

		var testing = hypotheses.startTest(ready.id(), ready.version());

		assertThat(testing.status()).isEqualTo(HypothesisStatus.TESTING);
		assertThat(testing.startedAt()).isNotNull();
		assertThat(refused(() -> hypotheses.startTest(testing.id(), testing.version())).messageKey())
			.isEqualTo("hypothesis.not-ready");
	}

	@Test
	void a_test_cannot_start_once_its_deadline_has_passed_but_may_start_on_the_deadline() {
		var late = ready(bet().deadline(today().minusDays(1)));

		assertThat(refused(() -> hypotheses.startTest(late.id(), late.version())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("deadline", "hypothesis.deadline-past");
		assertThat(stored(late.id()).getStatus()).isEqualTo(HypothesisStatus.READY);
		assertThat(stored(late.id()).getStartedAt()).isNull();

		var dueToday = ready(bet().deadline(today()));
		assertThat(hypotheses.startTest(dueToday.id(), dueToday.version()).status())
			.isEqualTo(HypothesisStatus.TESTING);
	}

	@Test
	void hypothesis_locks_success_criteria_when_test_starts() {
		var testing = testing(bet());

		assertThat(refused(() -> hypotheses.update(testing.id(),
				bet().target("50").deadline(today().plusDays(90)).statement("Moved the goalposts").draft(),
				testing.version())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("statement", "hypothesis.criteria-locked");

		var stored = stored(testing.id());
		assertThat(stored.getTarget()).isEqualByComparingTo("20");
		assertThat(stored.getDeadline()).isEqualTo(today().plusDays(30));
		assertThat(stored.getStatement()).isEqualTo(testing.statement());
		assertThat(stored.getVersion()).isEqualTo(testing.version());
	}

	@Test
	void a_finished_hypothesis_cannot_be_edited_either() {
		var testing = testing(bet());
		var validated = hypotheses.endTest(testing.id(), testing.version(), new BigDecimal("23"),
				HypothesisStatus.VALIDATED, "Members love the quiz");

		assertThat(refused(() -> hypotheses.update(validated.id(), bet().target("50").draft(), validated.version()))
			.messageKey()).isEqualTo("hypothesis.criteria-locked");
		assertThat(stored(validated.id()).getTarget()).isEqualByComparingTo("20");
	}

	@Test
	void revising_a_locked_hypothesis_creates_a_linked_draft_and_leaves_the_original_testing() {
		var testing = testing(bet().theory(theory));

		var revision = hypotheses.revise(testing.id());

		assertThat(revision.id()).isNotEqualTo(testing.id());
		assertThat(revision.status()).isEqualTo(HypothesisStatus.DRAFT);
		assertThat(revision.supersedesId()).isEqualTo(testing.id());
		assertThat(revision.draft()).isEqualTo(testing.draft());
		assertThat(revision.startedAt()).isNull();
		var original = hypotheses.get(testing.id());
		assertThat(original.status()).isEqualTo(HypothesisStatus.TESTING);
		assertThat(original.version()).isEqualTo(testing.version());
		assertThat(storedHypotheses()).isEqualTo(2);
	}

	@Test
	void a_draft_or_ready_hypothesis_is_edited_instead_of_revised() {
		var draft = hypotheses.create(bet().draft());
		var ready = ready(bet());

		assertThat(refused(() -> hypotheses.revise(draft.id())).messageKey()).isEqualTo("hypothesis.edit-instead");
		assertThat(refused(() -> hypotheses.revise(ready.id())).messageKey()).isEqualTo("hypothesis.edit-instead");
		assertThat(storedHypotheses()).isEqualTo(2);
	}

	// Testing → outcome

	@Test
	void ending_a_test_needs_the_observed_value_an_outcome_and_the_learning() {
		var testing = testing(bet());
		UUID id = testing.id();
		int version = testing.version();

		assertThat(refused(() -> hypotheses.endTest(id, version, null, HypothesisStatus.VALIDATED, "Learnt")))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("observed", "hypothesis.observed.required");
		assertThat(refused(() -> hypotheses.endTest(id, version, BigDecimal.ONE, null, "Learnt")).field())
			.isEqualTo("outcome");
		for (HypothesisStatus notAnOutcome : new HypothesisStatus[] { HypothesisStatus.ABANDONED,
				HypothesisStatus.DRAFT, HypothesisStatus.TESTING }) {
			assertThat(refused(() -> hypotheses.endTest(id, version, BigDecimal.ONE, notAnOutcome, "Learnt")).field())
				.isEqualTo("outcome");
		}
		assertThat(refused(() -> hypotheses.endTest(id, version, BigDecimal.ONE, HypothesisStatus.VALIDATED, "  ")))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("learning", "hypothesis.learning.required");
		var stored = stored(id);
		assertThat(stored.getStatus()).isEqualTo(HypothesisStatus.TESTING);
		assertThat(stored.getEndedAt()).isNull();
		assertThat(stored.getObserved()).isNull();
	}

	@Test
	void ending_a_test_records_what_was_observed_and_learnt() {
		var testing = testing(bet());

		var ended = hypotheses.endTest(testing.id(), testing.version(), new BigDecimal("18.5"),
				HypothesisStatus.INVALIDATED, "  The quiz was skipped by most members  ");

		assertThat(ended.status()).isEqualTo(HypothesisStatus.INVALIDATED);
		assertThat(ended.observed()).isEqualByComparingTo("18.5");
		assertThat(ended.learning()).isEqualTo("The quiz was skipped by most members");
		assertThat(ended.endedAt()).isNotNull().isAfterOrEqualTo(ended.startedAt());
		assertThat(stored(testing.id()).getLearning()).isEqualTo("The quiz was skipped by most members");
	}

	@Test
	void a_test_ends_only_while_testing() {
		var ready = ready(bet());

		assertThat(refused(() -> hypotheses.endTest(ready.id(), ready.version(), BigDecimal.TEN,
				HypothesisStatus.VALIDATED, "Too soon"))
			.messageKey()).isEqualTo("hypothesis.not-testing");
		assertThat(stored(ready.id()).getStatus()).isEqualTo(HypothesisStatus.READY);
	}

	@Test
	void meets_target_compares_the_observed_value_in_the_hypothesis_direction() {
		var up = hypotheses.create(bet().direction(Direction.INCREASE).baseline("10").target("20").draft());
		var down = hypotheses.create(bet().direction(Direction.DECREASE).baseline("10").target("5").draft());
		var open = hypotheses.create(bet().baseline("10").target(null).draft());

		assertThat(up.meetsTarget(new BigDecimal("20.0"))).isTrue();
		assertThat(up.meetsTarget(new BigDecimal("25"))).isTrue();
		assertThat(up.meetsTarget(new BigDecimal("19.99"))).isFalse();
		assertThat(down.meetsTarget(new BigDecimal("5"))).isTrue();
		assertThat(down.meetsTarget(new BigDecimal("4"))).isTrue();
		assertThat(down.meetsTarget(new BigDecimal("5.01"))).isFalse();
		assertThat(open.meetsTarget(new BigDecimal("1000"))).isFalse();
	}

	// Abandoning

	@Test
	void draft_ready_and_testing_hypotheses_may_be_abandoned_with_a_reason() {
		var all = List.of(hypotheses.create(bet().draft()), ready(bet()), testing(bet()));

		for (var h : all) {
			var abandoned = hypotheses.abandon(h.id(), h.version(), "  Priorities changed  ");

			assertThat(abandoned.status()).isEqualTo(HypothesisStatus.ABANDONED);
			assertThat(abandoned.learning()).isEqualTo("Priorities changed");
			assertThat(abandoned.endedAt()).isNotNull();
		}
	}

	@Test
	void abandoning_needs_a_reason() {
		var testing = testing(bet());

		assertThat(refused(() -> hypotheses.abandon(testing.id(), testing.version(), "   ")))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("learning", "hypothesis.learning.required");
		assertThat(stored(testing.id()).getStatus()).isEqualTo(HypothesisStatus.TESTING);
	}

	@Test
	void a_finished_hypothesis_cannot_be_abandoned() {
		var testing = testing(bet());
		var validated = hypotheses.endTest(testing.id(), testing.version(), new BigDecimal("23"),
				HypothesisStatus.VALIDATED, "Members love the quiz");
		var draft = hypotheses.create(bet().draft());
		var abandoned = hypotheses.abandon(draft.id(), draft.version(), "Not now");

		for (var finished : List.of(validated, abandoned)) {
			assertThat(refused(() -> hypotheses.abandon(finished.id(), finished.version(), "Again")))
				.extracting(InvalidInputException::field, InvalidInputException::messageKey)
				.containsExactly("status", "hypothesis.already-finished");
		}
		assertThat(stored(validated.id()).getStatus()).isEqualTo(HypothesisStatus.VALIDATED);
		assertThat(stored(validated.id()).getLearning()).isEqualTo("Members love the quiz");
	}

	// Concurrent edits

	@Test
	void a_stale_version_is_refused_on_every_transition_and_changes_nothing() {
		var h = hypotheses.create(bet().draft());
		int stale = h.version();
		h = hypotheses.update(h.id(), bet().statement("First edit wins").draft(), h.version());
		UUID id = h.id();

		assertThatThrownBy(() -> hypotheses.update(id, bet().statement("Second edit").draft(), stale))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> hypotheses.markReady(id, stale)).isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> hypotheses.abandon(id, stale, "Stale")).isInstanceOf(ConcurrentEditException.class);
		assertThat(stored(id).getStatus()).isEqualTo(HypothesisStatus.DRAFT);
		assertThat(stored(id).getStatement()).isEqualTo("First edit wins");

		var ready = hypotheses.markReady(id, h.version());
		assertThatThrownBy(() -> hypotheses.startTest(id, ready.version() - 1))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(stored(id).getStatus()).isEqualTo(HypothesisStatus.READY);

		var testing = hypotheses.startTest(id, ready.version());
		assertThatThrownBy(() -> hypotheses.endTest(id, testing.version() - 1, BigDecimal.TEN,
				HypothesisStatus.VALIDATED, "Stale"))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> hypotheses.abandon(id, testing.version() - 1, "Stale"))
			.isInstanceOf(ConcurrentEditException.class);
		var stored = stored(id);
		assertThat(stored.getStatus()).isEqualTo(HypothesisStatus.TESTING);
		assertThat(stored.getVersion()).isEqualTo(testing.version());
		assertThat(stored.getEndedAt()).isNull();
	}

	// Evidence

	@Test
	void evidence_is_listed_newest_first_with_its_author() {
		var h = hypotheses.create(bet().draft());
		hypotheses.addEvidence(h.id(), new EvidenceDraft(EvidenceKind.CUSTOMER_QUOTE, today().minusDays(3),
				"  \"I finally found films I like\"  ", "  Interview with Ana ", " https://notes.example.com/ana "));
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));

		var listed = hypotheses.addEvidence(h.id(),
				new EvidenceDraft(EvidenceKind.METRIC_SNAPSHOT, today(), "Rating share at 14%", null, null));

		assertThat(listed)
			.extracting(Evidence::kind, Evidence::observedOn, Evidence::summary, Evidence::source, Evidence::link,
					Evidence::author)
			.containsExactly(
					tuple(EvidenceKind.METRIC_SNAPSHOT, today(), "Rating share at 14%", null, null,
							"admin of " + tenant),
					tuple(EvidenceKind.CUSTOMER_QUOTE, today().minusDays(3), "\"I finally found films I like\"",
							"Interview with Ana", "https://notes.example.com/ana", "editor of " + tenant));
		assertThat(hypotheses.evidence(h.id())).isEqualTo(listed);
	}

	@Test
	void evidence_dated_in_the_future_is_refused() {
		var h = hypotheses.create(bet().draft());

		assertThat(refused(() -> hypotheses.addEvidence(h.id(), quote(today().plusDays(1), "Tomorrow's quote"))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("observedOn", "evidence.date-in-future");
		assertThat(storedEvidence()).isZero();
	}

	@Test
	void evidence_links_must_be_web_addresses() {
		var h = hypotheses.create(bet().draft());

		for (String link : new String[] { "javascript:alert(1)", "ftp://files.example.com/a", "notes.example.com",
				"https://", "https://exa mple.com" }) {
			assertThat(refused(() -> hypotheses.addEvidence(h.id(),
					new EvidenceDraft(EvidenceKind.LINK, today(), "A link", null, link))))
				.extracting(InvalidInputException::field, InvalidInputException::messageKey)
				.containsExactly("link", "evidence.link-invalid");
		}
		assertThat(storedEvidence()).isZero();
	}

	@Test
	void evidence_needs_a_kind_a_date_and_a_summary() {
		var h = hypotheses.create(bet().draft());

		assertThat(
				refused(() -> hypotheses.addEvidence(h.id(), new EvidenceDraft(null, today(), "Summary", null, null)))
					.field())
			.isEqualTo("kind");
		assertThat(refused(
				() -> hypotheses.addEvidence(h.id(), new EvidenceDraft(EvidenceKind.LINK, null, "Summary", null, null)))
			.field()).isEqualTo("observedOn");
		assertThat(refused(
				() -> hypotheses.addEvidence(h.id(), new EvidenceDraft(EvidenceKind.LINK, today(), "  ", null, null)))
			.field()).isEqualTo("summary");
		assertThat(storedEvidence()).isZero();
	}

	// The grid

	@Test
	void the_grid_filters_by_status_product_theory_owner_method_and_text() {
		var grid = aGrid();

		assertThat(ids(filter().status(HypothesisStatus.DRAFT))).containsExactlyInAnyOrder(grid.quiz, grid.anchor);
		assertThat(ids(filter().product(grid.series))).containsExactly(grid.fakeDoor);
		assertThat(ids(filter().theory(theory))).containsExactlyInAnyOrder(grid.quiz, grid.anchor);
		assertThat(ids(filter().owner(grid.teammate))).containsExactly(grid.referral);
		assertThat(ids(filter().method(TestMethod.AB_TEST))).containsExactly(grid.quiz);
		assertThat(ids(filter().text("  REFERRAL "))).containsExactly(grid.referral);
		assertThat(ids(filter().text("50%"))).containsExactly(grid.quiz);
		assertThat(ids(filter().product(product).owner(editor))).containsExactly(grid.quiz);
		assertThat(ids(filter().status(HypothesisStatus.VALIDATED))).isEmpty();
		assertThat(hypotheses.count(HypothesisFilter.ANY)).isEqualTo(4);
		assertThat(hypotheses.count(filter().product(product).build())).isEqualTo(3);
		assertThat(hypotheses.count(filter().text("_").build())).isZero();
	}

	@Test
	void the_grid_sorts_by_deadline_with_undated_hypotheses_last_and_pages() {
		var grid = aGrid();

		assertThat(page(HypothesisSort.DEADLINE, true, 0, 10)).containsExactly(grid.referral, grid.quiz, grid.fakeDoor,
				grid.anchor);
		assertThat(page(HypothesisSort.DEADLINE, false, 0, 10)).containsExactly(grid.fakeDoor, grid.quiz, grid.referral,
				grid.anchor);
		assertThat(page(HypothesisSort.DEADLINE, true, 1, 2)).containsExactly(grid.quiz, grid.fakeDoor);
		assertThat(page(HypothesisSort.DEADLINE, true, 3, 2)).containsExactly(grid.anchor);
		assertThat(page(HypothesisSort.DEADLINE, true, 4, 2)).isEmpty();
	}

	@Test
	void every_page_is_its_slice_of_the_whole_order_whether_found_from_the_start_or_the_far_end() {
		aGrid();
		for (var filter : List.of(HypothesisFilter.ANY, filter().status(HypothesisStatus.DRAFT).build())) {
			for (var sort : HypothesisSort.values()) {
				for (boolean ascending : new boolean[] { true, false }) {
					var whole = ids(hypotheses.page(filter, sort, ascending, 0, 10));
					assertThat(whole).hasSize(hypotheses.count(filter));
					for (int limit = 1; limit <= 3; limit++) {
						for (int offset = 0; offset <= whole.size() + 1; offset++) {
							var slice = whole.subList(Math.min(offset, whole.size()),
									Math.min(offset + limit, whole.size()));
							assertThat(ids(hypotheses.page(filter, sort, ascending, offset, limit)))
								.as("%s %s %s from %d, %d rows", filter, sort, ascending ? "asc" : "desc", offset,
										limit)
								.isEqualTo(slice);
						}
					}
				}
			}
		}
	}

	@Test
	void a_text_narrows_together_with_the_other_filters_and_its_matches_sort_and_page_like_the_grid() {
		var grid = aGrid();

		assertThat(ids(filter().text("member").status(HypothesisStatus.DRAFT))).containsExactlyInAnyOrder(grid.quiz,
				grid.anchor);
		assertThat(ids(filter().text("member").method(TestMethod.AB_TEST))).containsExactly(grid.quiz);
		assertThat(ids(filter().text("member").owner(grid.teammate))).isEmpty();
		assertThat(ids(filter().text("a ").product(grid.series))).containsExactly(grid.fakeDoor);
		assertThat(ids(filter().text("a ").theory(theory))).containsExactlyInAnyOrder(grid.quiz, grid.anchor);

		var everyOne = filter().text("a ").build();
		assertThat(hypotheses.page(everyOne, HypothesisSort.DEADLINE, true, 0, 10)).extracting(HypothesisRow::id)
			.containsExactly(grid.referral, grid.quiz, grid.fakeDoor, grid.anchor);
		assertThat(hypotheses.page(everyOne, HypothesisSort.DEADLINE, false, 1, 2)).extracting(HypothesisRow::id)
			.containsExactly(grid.quiz, grid.referral);
		assertThat(hypotheses.page(everyOne, HypothesisSort.STATEMENT, true, 0, 10)).extracting(HypothesisRow::id)
			.containsExactly(grid.fakeDoor, grid.anchor, grid.referral, grid.quiz);
	}

	@Test
	void the_text_filter_finds_only_the_active_companys_hypotheses() {
		var grid = aGrid();
		assertThat(ids(filter().text("referral"))).containsExactly(grid.referral);

		signIn.as(fixtures.personIn(fixtures.tenant("Other Co"), Role.VIEWER));

		assertThat(ids(filter().text("referral"))).isEmpty();
		assertThat(hypotheses.count(filter().text("referral").build())).isZero();
	}

	@Test
	void the_grid_sorts_by_statement_either_way_and_follows_an_edited_statement() {
		var grid = aGrid();

		assertThat(page(HypothesisSort.STATEMENT, true, 0, 10)).containsExactly(grid.fakeDoor, grid.anchor,
				grid.referral, grid.quiz);
		assertThat(page(HypothesisSort.STATEMENT, false, 1, 2)).containsExactly(grid.referral, grid.anchor);

		var anchor = hypotheses.get(grid.anchor);
		hypotheses.update(anchor.id(),
				bet().statement("Zero-cost anchoring raises revenue per member").theory(theory).draft(),
				anchor.version());

		assertThat(page(HypothesisSort.STATEMENT, true, 0, 10)).containsExactly(grid.fakeDoor, grid.referral, grid.quiz,
				grid.anchor);
	}

	@Test
	void counts_follow_a_test_that_ends_and_a_revision_that_starts_over() {
		var grid = aGrid();
		var fakeDoor = hypotheses.get(grid.fakeDoor);

		hypotheses.endTest(fakeDoor.id(), fakeDoor.version(), BigDecimal.valueOf(600), HypothesisStatus.VALIDATED,
				"Sold out in a week");
		hypotheses.revise(grid.fakeDoor);

		assertThat(hypotheses.countsByStatus()).containsExactlyInAnyOrderEntriesOf(
				Map.of(HypothesisStatus.DRAFT, 3, HypothesisStatus.READY, 1, HypothesisStatus.VALIDATED, 1));
		assertThat(hypotheses.count(filter().status(HypothesisStatus.TESTING).build())).isZero();
		assertThat(hypotheses.count(HypothesisFilter.ANY)).isEqualTo(5);
	}

	@Test
	void counts_by_status_cover_the_active_company_only() {
		aGrid();
		signIn.as(fixtures.personIn(fixtures.tenant("Other Co"), Role.VIEWER));
		assertThat(hypotheses.countsByStatus()).isEmpty();
		signIn.as(editorEmail);

		assertThat(hypotheses.countsByStatus()).containsExactlyInAnyOrderEntriesOf(
				Map.of(HypothesisStatus.DRAFT, 2, HypothesisStatus.READY, 1, HypothesisStatus.TESTING, 1));
	}

	@Test
	void overdue_tests_are_those_still_testing_after_their_deadline() {
		var overdue = testing(bet().statement("Overdue"));
		var onTime = testing(bet().statement("On time"));
		var draftPastDeadline = hypotheses.create(bet().statement("Draft").deadline(today().minusDays(5)).draft());
		var endedPastDeadline = testing(bet().statement("Ended"));
		hypotheses.endTest(endedPastDeadline.id(), endedPastDeadline.version(), BigDecimal.TEN,
				HypothesisStatus.INCONCLUSIVE, "Noisy data");
		// The service refuses past deadlines, so time passes in the database instead.
		for (UUID id : List.of(overdue.id(), endedPastDeadline.id())) {
			fixtures.owner()
				.update(HYPOTHESIS)
				.set(HYPOTHESIS.DEADLINE, today().minusDays(2))
				.where(HYPOTHESIS.ID.eq(id))
				.execute();
		}

		assertThat(hypotheses.overdueTests(10)).extracting(Hypothesis::id).containsExactly(overdue.id());
		assertThat(hypotheses.get(overdue.id()).overdue(today())).isTrue();
		assertThat(hypotheses.get(onTime.id()).overdue(today())).isFalse();
		assertThat(hypotheses.get(draftPastDeadline.id()).overdue(today())).isFalse();
	}

	@Test
	void recent_learnings_are_ended_tests_newest_first_without_abandoned_ones() {
		var first = testing(bet().statement("First"));
		var second = testing(bet().statement("Second"));
		var third = testing(bet().statement("Third"));
		var dropped = testing(bet().statement("Dropped"));
		hypotheses.endTest(first.id(), first.version(), BigDecimal.ONE, HypothesisStatus.INVALIDATED, "One");
		hypotheses.endTest(second.id(), second.version(), BigDecimal.TEN, HypothesisStatus.INCONCLUSIVE, "Two");
		hypotheses.endTest(third.id(), third.version(), new BigDecimal("30"), HypothesisStatus.VALIDATED, "Three");
		hypotheses.abandon(dropped.id(), dropped.version(), "Dropped");

		assertThat(hypotheses.recentLearnings(10)).extracting(Hypothesis::statement, Hypothesis::learning)
			.containsExactly(tuple("Third", "Three"), tuple("Second", "Two"), tuple("First", "One"));
		assertThat(hypotheses.recentLearnings(2)).extracting(Hypothesis::statement).containsExactly("Third", "Second");
	}

	// Roles

	@Test
	void a_viewer_reads_hypotheses_but_every_change_is_refused() {
		var draft = hypotheses.create(bet().statement("Draft").draft());
		var ready = ready(bet().statement("Ready"));
		var testing = testing(bet().statement("Testing"));
		hypotheses.addEvidence(testing.id(), quote(today(), "Editor's quote"));
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));

		assertThat(hypotheses.count(HypothesisFilter.ANY)).isEqualTo(3);
		assertThat(hypotheses.get(draft.id()).statement()).isEqualTo("Draft");
		assertThat(hypotheses.evidence(testing.id())).hasSize(1);
		assertThat(hypotheses.ofProduct(product)).hasSize(3);
		List<ThrowingCallable> writes = List.of(() -> hypotheses.create(bet().statement("Viewer's").draft()),
				() -> hypotheses.update(draft.id(), bet().statement("Changed").draft(), draft.version()),
				() -> hypotheses.markReady(draft.id(), draft.version()),
				() -> hypotheses.startTest(ready.id(), ready.version()),
				() -> hypotheses.endTest(testing.id(), testing.version(), BigDecimal.TEN, HypothesisStatus.VALIDATED,
						"Viewer's verdict"),
				() -> hypotheses.abandon(draft.id(), draft.version(), "Viewer's reason"),
				() -> hypotheses.revise(testing.id()),
				() -> hypotheses.addEvidence(testing.id(), quote(today(), "Viewer's quote")));
		for (var write : writes) {
			assertThatThrownBy(write).isInstanceOf(AccessDeniedException.class);
		}

		assertThat(storedHypotheses()).isEqualTo(3);
		assertThat(storedEvidence()).isEqualTo(1);
		assertThat(List.of(stored(draft.id()), stored(ready.id()), stored(testing.id())))
			.extracting(HypothesisRecord::getStatement, HypothesisRecord::getStatus, HypothesisRecord::getVersion)
			.containsExactly(tuple("Draft", HypothesisStatus.DRAFT, draft.version()),
					tuple("Ready", HypothesisStatus.READY, ready.version()),
					tuple("Testing", HypothesisStatus.TESTING, testing.version()));
	}

	// Live updates

	@Test
	void a_listener_of_the_company_hears_of_each_committed_change_and_other_companies_hear_nothing() {
		List<UUID> heard = new CopyOnWriteArrayList<>();
		List<UUID> heardWithEvidence = new CopyOnWriteArrayList<>();
		List<Boolean> committedWhenHeard = new CopyOnWriteArrayList<>();
		List<UUID> heardElsewhere = new CopyOnWriteArrayList<>();
		var stop = changes.subscribe(tenant, id -> {
			heard.add(id);
			committedWhenHeard.add(fixtures.owner().fetchExists(HYPOTHESIS, HYPOTHESIS.ID.eq(id)));
		});
		var stopWithEvidence = changes.subscribeWithEvidence(tenant, heardWithEvidence::add);
		var stopElsewhere = changes.subscribeWithEvidence(fixtures.tenant("Other Co"), heardElsewhere::add);
		try {
			var created = hypotheses.create(bet().draft());
			hypotheses.markReady(created.id(), created.version());
			hypotheses.addEvidence(created.id(), quote(today(), "A quote"));
			assertThatThrownBy(() -> hypotheses.create(bet().statement(" ").draft()))
				.isInstanceOf(InvalidInputException.class);

			// Listeners are told on their own thread, after the commit; grids and boards
			// (no evidence shown) are not told of new evidence.
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(
						() -> assertThat(heardWithEvidence).containsExactly(created.id(), created.id(), created.id()));
			assertThat(heard).containsExactly(created.id(), created.id());
			assertThat(committedWhenHeard).containsOnly(true);
			assertThat(heardElsewhere).isEmpty();

			stop.run();
			stopWithEvidence.run();
			hypotheses.create(bet().draft());
			await().during(Duration.ofMillis(300))
				.atMost(Duration.ofSeconds(2))
				.until(() -> heard.size() == 2 && heardWithEvidence.size() == 3);
		}
		finally {
			stop.run();
			stopWithEvidence.run();
			stopElsewhere.run();
		}
	}

	private Grid aGrid() {
		UUID series = strategies.createProduct(new ProductDraft("Series", Market.CONSUMER, null)).id();
		UUID teammate = accounts.loadUserByUsername(fixtures.personIn(tenant, Role.EDITOR)).id();
		UUID quiz = hypotheses
			.create(bet().statement("A taste quiz lifts 50% of members to rate more")
				.theory(theory)
				.method(TestMethod.AB_TEST)
				.deadline(today().plusDays(10))
				.draft())
			.id();
		UUID referral = ready(bet().statement("A referral bonus grows sign-ups")
			.owner(teammate)
			.method(TestMethod.SURVEY)
			.deadline(today().plusDays(5))).id();
		UUID fakeDoor = testing(bet().statement("A fake door sells 500 premium seats")
			.product(series)
			.method(TestMethod.FAKE_DOOR)
			.deadline(today().plusDays(20))).id();
		UUID anchor = hypotheses
			.create(bet().statement("A price anchor raises revenue per member")
				.theory(theory)
				.owner(null)
				.method(null)
				.deadline(null)
				.draft())
			.id();
		return new Grid(series, teammate, quiz, referral, fakeDoor, anchor);
	}

	private record Grid(UUID series, UUID teammate, UUID quiz, UUID referral, UUID fakeDoor, UUID anchor) {
	}

	private List<UUID> ids(Filter filter) {
		var shown = hypotheses.page(filter.build(), HypothesisSort.UPDATED, false, 0, 100);
		assertThat(hypotheses.count(filter.build())).isEqualTo(shown.size());
		return ids(shown);
	}

	private static List<UUID> ids(List<HypothesisRow> shown) {
		return shown.stream().map(HypothesisRow::id).toList();
	}

	private List<UUID> page(HypothesisSort sort, boolean ascending, int offset, int limit) {
		return ids(hypotheses.page(HypothesisFilter.ANY, sort, ascending, offset, limit));
	}

	private Hypothesis ready(Bet bet) {
		var created = hypotheses.create(bet.draft());
		return hypotheses.markReady(created.id(), created.version());
	}

	private Hypothesis testing(Bet bet) {
		var ready = ready(bet);
		return hypotheses.startTest(ready.id(), ready.version());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static EvidenceDraft quote(LocalDate on, String summary) {
		return new EvidenceDraft(EvidenceKind.CUSTOMER_QUOTE, on, summary, null, null);
	}

	private static InvalidInputException refused(ThrowingCallable change) {
		Throwable thrown = catchThrowable(change);
		assertThat(thrown).isInstanceOf(InvalidInputException.class);
		return (InvalidInputException) thrown;
	}

	private HypothesisRecord stored(UUID id) {
		return fixtures.owner().selectFrom(HYPOTHESIS).where(HYPOTHESIS.ID.eq(id)).fetchSingle();
	}

	private int storedHypotheses() {
		return fixtures.owner().fetchCount(HYPOTHESIS, HYPOTHESIS.TENANT_ID.eq(tenant));
	}

	private int storedEvidence() {
		return fixtures.owner().fetchCount(EVIDENCE, EVIDENCE.TENANT_ID.eq(tenant));
	}

	/**
	 * A complete hypothesis of the company's product, owned by the editor; change what a
	 * test needs.
	 */
	private Bet bet() {
		return new Bet();
	}

	private final class Bet {

		private UUID product = HypothesisServiceTest.this.product;

		private UUID theory;

		private String statement = "We believe a taste quiz makes members rate more titles";

		private String metric = "Members rating 50+ titles";

		private BigDecimal baseline = new BigDecimal("10");

		private BigDecimal target = new BigDecimal("20");

		private Direction direction = Direction.INCREASE;

		private LocalDate deadline = today().plusDays(30);

		private TestMethod method = TestMethod.AB_TEST;

		private UUID owner = editor;

		Bet product(UUID product) {
			this.product = product;
			return this;
		}

		Bet theory(UUID theory) {
			this.theory = theory;
			return this;
		}

		Bet statement(String statement) {
			this.statement = statement;
			return this;
		}

		Bet metric(String metric) {
			this.metric = metric;
			return this;
		}

		Bet baseline(String baseline) {
			this.baseline = baseline == null ? null : new BigDecimal(baseline);
			return this;
		}

		Bet target(String target) {
			this.target = target == null ? null : new BigDecimal(target);
			return this;
		}

		Bet direction(Direction direction) {
			this.direction = direction;
			return this;
		}

		Bet deadline(LocalDate deadline) {
			this.deadline = deadline;
			return this;
		}

		Bet method(TestMethod method) {
			this.method = method;
			return this;
		}

		Bet owner(UUID owner) {
			this.owner = owner;
			return this;
		}

		HypothesisDraft draft() {
			return new HypothesisDraft(product, theory, statement, metric, baseline, target, direction, deadline,
					method, owner);
		}

	}

	private static Filter filter() {
		return new Filter();
	}

	private static final class Filter {

		private UUID product;

		private UUID theory;

		private HypothesisStatus status;

		private UUID owner;

		private TestMethod method;

		private String text;

		Filter product(UUID product) {
			this.product = product;
			return this;
		}

		Filter theory(UUID theory) {
			this.theory = theory;
			return this;
		}

		Filter status(HypothesisStatus status) {
			this.status = status;
			return this;
		}

		Filter owner(UUID owner) {
			this.owner = owner;
			return this;
		}

		Filter method(TestMethod method) {
			this.method = method;
			return this;
		}

		Filter text(String text) {
			this.text = text;
			return this;
		}

		HypothesisFilter build() {
			return new HypothesisFilter(product, theory, status, owner, method, text);
		}

	}

	@Test
	void an_observed_value_too_large_to_store_is_refused_with_the_field_named() {
		var testing = testing(bet());

		assertThat(refused(() -> hypotheses.endTest(testing.id(), testing.version(), new BigDecimal("1E+15"),
				HypothesisStatus.VALIDATED, "Huge")))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("observed", "validation.number-too-large");
		assertThat(stored(testing.id()).getStatus()).isEqualTo(HypothesisStatus.TESTING);
	}

	@Test
	void a_hypothesis_cannot_be_owned_by_someone_outside_the_company() {
		UUID stranger = accounts.loadUserByUsername(fixtures.personIn(fixtures.tenant("Other Co"), Role.EDITOR)).id();

		assertThat(refused(() -> hypotheses.create(bet().owner(stranger).draft())).field()).isEqualTo("owner");
		assertThat(storedHypotheses()).isZero();
	}

}
