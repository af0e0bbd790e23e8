package com.throughline.hypothesis.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.throughline.hypothesis.domain.Direction;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisChanges;
import com.throughline.hypothesis.domain.HypothesisDraft;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.TheoryDraft;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.EVIDENCE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HypothesisViewTest extends KaribuTest {

	static final String NO_EVIDENCE = "No evidence yet. Add experiment results, customer quotes or metric snapshots as they come in.";

	@Autowired
	StrategyService strategy;

	@Autowired
	HypothesisService hypotheses;

	@Autowired
	HypothesisChanges changes;

	UUID tenant;

	String editor;

	UUID product;

	UUID theory;

	@BeforeEach
	void anEditorWithAProductAndATheory() {
		tenant = fixtures.tenant("Signal Hill");
		editor = fixtures.personIn(tenant, Role.EDITOR);
		signInAs(editor);
		product = strategy.createProduct(new ProductDraft("Signal", Market.SMB, null)).id();
		theory = strategy
			.saveTheory(product, null,
					new TheoryDraft("Faster alerts will win operations teams", null, Advantage.UNIQUE_TECHNOLOGY,
							"Alerts acknowledged within five minutes", "%", null, null),
					0)
			.id();
	}

	@Test
	void a_draft_without_a_deadline_cannot_be_marked_ready_and_says_why() {
		UUID id = draft(null).id();
		navigate("hypotheses/" + id);

		assertThat(status().getText()).isEqualTo("Draft");
		var markReady = button("mark-ready");
		assertThat(markReady.isEnabled()).isFalse();
		assertThat(_get(Span.class, spec -> spec.withId("mark-ready-reason")).getText())
			.isEqualTo("Set a deadline first.");
		assertThatThrownBy(() -> _click(markReady)).isInstanceOf(IllegalStateException.class);
		assertThat(storedStatus(id)).isEqualTo(HypothesisStatus.DRAFT);
	}

	@Test
	void evidence_being_typed_survives_a_change_to_the_hypothesis() {
		UUID id = draft(LocalDate.now().plusWeeks(4)).id();
		navigate("hypotheses/" + id);
		var summary = _get(TextArea.class, spec -> spec.withId("evidence-summary"));
		_setValue(summary, "Half of the pilot teams answered.");

		_click(button("mark-ready"));

		assertThat(status().getText()).isEqualTo("Ready");
		assertThat(_get(TextArea.class, spec -> spec.withId("evidence-summary")).getValue())
			.isEqualTo("Half of the pilot teams answered.");
	}

	@Test
	void the_page_is_not_rebuilt_for_its_own_change_and_shows_a_teammates_live() throws InterruptedException {
		UUID id = draft(LocalDate.now().plusWeeks(4)).id();
		navigate("hypotheses/" + id);
		var title = _get(H2.class, spec -> spec.withId("page-title"));
		// Subscribed after the page, so told after it: the page's notice is queued by
		// then.
		var notices = new LinkedBlockingQueue<UUID>();
		var stop = changes.subscribeWithEvidence(tenant, notices::add);
		try {
			_setValue(_get(TextArea.class, spec -> spec.withId("evidence-summary")), "Nine of ten acknowledged.");
			_click(button("add-evidence"));
			assertThat(notices.poll(10, TimeUnit.SECONDS)).isEqualTo(id);
			MockVaadin.clientRoundtrip(false);

			// A rebuild would read the hypothesis again and replace every component
			// (an open segments picker would close under the person's hands).
			assertThat(_get(H2.class, spec -> spec.withId("page-title"))).isSameAs(title);
			assertThat(textOf(byId("evidence"))).contains("Nine of ten acknowledged.");

			hypotheses.markReady(id, hypotheses.get(id).version());
			assertThat(notices.poll(10, TimeUnit.SECONDS)).isEqualTo(id);
			MockVaadin.clientRoundtrip(false);

			assertThat(status().getText()).isEqualTo("Ready");
		}
		finally {
			stop.run();
		}
	}

	@Test
	void a_complete_draft_is_marked_ready_and_its_test_started_which_locks_the_criteria() {
		UUID id = draft(LocalDate.now().plusWeeks(4)).id();
		navigate("hypotheses/" + id);

		_assertNone(Span.class, spec -> spec.withId("mark-ready-reason"));
		assertThat(button("mark-ready").isEnabled()).isTrue();
		_click(button("mark-ready"));

		assertThat(status().getText()).isEqualTo("Ready");
		assertThat(storedStatus(id)).isEqualTo(HypothesisStatus.READY);
		_assertOne(Button.class, spec -> spec.withId("edit-hypothesis"));
		_assertNone(Span.class, spec -> spec.withId("start-test-reason"));
		_click(button("start-test"));

		assertThat(status().getText()).isEqualTo("Testing");
		_assertNone(Button.class, spec -> spec.withId("edit-hypothesis"));
		_assertOne(Button.class, spec -> spec.withId("end-test"));
		assertThat(textOf(byId("criteria")))
			.contains("Success criteria are locked: they were fixed before the test started.");
		var stored = fixtures.owner().selectFrom(HYPOTHESIS).where(HYPOTHESIS.ID.eq(id)).fetchSingle();
		assertThat(stored.getStatus()).isEqualTo(HypothesisStatus.TESTING);
		assertThat(stored.getStartedAt()).isNotNull();
	}

	@Test
	void evidence_dated_in_the_future_is_refused_next_to_the_date_and_valid_evidence_joins_the_timeline() {
		UUID id = draft(LocalDate.now().plusWeeks(4)).id();
		navigate("hypotheses/" + id);
		assertThat(textOf(byId("evidence"))).isEqualTo(NO_EVIDENCE);

		_setValue(evidenceDate(), LocalDate.now().plusDays(1));
		_setValue(_get(TextArea.class, spec -> spec.withId("evidence-summary")), "Pilot team acknowledged 9 of 10.");
		_click(button("add-evidence"));

		assertThat(evidenceDate().isInvalid()).isTrue();
		assertThat(evidenceDate().getErrorMessage()).isEqualTo("Evidence cannot be dated in the future.");
		assertThat(textOf(byId("evidence"))).isEqualTo(NO_EVIDENCE);
		assertThat(storedEvidence(id)).isZero();

		LocalDate yesterday = LocalDate.now().minusDays(1);
		_setValue(evidenceDate(), yesterday);
		_setValue(_get(TextField.class, spec -> spec.withId("evidence-link")), "https://example.com/pilot?a=1&b=<2>");
		_click(button("add-evidence"));

		var entries = Jsoup
			.parseBodyFragment(
					_get(byId("evidence"), Div.class, spec -> spec.withClasses("evidence-entries")).getElement()
						.getProperty("innerHTML"))
			.select(".evidence-entry");
		assertThat(entries).hasSize(1);
		assertThat(entries.getFirst().text()).contains("Experiment result", "Pilot team acknowledged 9 of 10.",
				"Recorded by editor of " + tenant);
		var link = entries.getFirst().selectFirst("a");
		assertThat(link.attr("href")).isEqualTo("https://example.com/pilot?a=1&b=<2>");
		assertThat(link.attr("target")).isEqualTo("_blank");
		assertThat(link.attr("rel")).isEqualTo("noreferrer");
		var stored = fixtures.owner().selectFrom(EVIDENCE).where(EVIDENCE.HYPOTHESIS_ID.eq(id)).fetchSingle();
		assertThat(stored.getObservedOn()).isEqualTo(yesterday);
		assertThat(stored.getSummary()).isEqualTo("Pilot team acknowledged 9 of 10.");
	}

	@Test
	void ending_a_test_shows_what_the_numbers_say_and_the_confirmed_outcome_with_its_learning() {
		UUID id = testing().id();
		navigate("hypotheses/" + id);
		_click(button("end-test"));

		_setValue(observed(), new BigDecimal("55"));
		assertThat(_get(Paragraph.class, spec -> spec.withId("verdict")).getText())
			.isEqualTo("Observed 55: the target is not met.");
		assertThat(outcomeChoice().getValue()).isEqualTo(HypothesisStatus.INVALIDATED);

		_setValue(observed(), new BigDecimal("85"));
		assertThat(_get(Paragraph.class, spec -> spec.withId("verdict")).getText())
			.isEqualTo("Observed 85: the target is met.");
		assertThat(outcomeChoice().getValue()).isEqualTo(HypothesisStatus.VALIDATED);

		_click(button("confirm-outcome"));
		assertThat(learning().isInvalid()).isTrue();
		assertThat(learning().getErrorMessage()).isEqualTo("Write down what was learnt.");
		assertThat(storedStatus(id)).isEqualTo(HypothesisStatus.TESTING);

		_setValue(learning(), "Push alerts beat email: roll out to every team.");
		_click(button("confirm-outcome"));

		assertThat(status().getText()).isEqualTo("Validated");
		assertThat(textOf(byId("outcome"))).contains("Outcome", "Observed 85: the target is met.",
				"Push alerts beat email: roll out to every team.");
		_assertNone(Button.class, spec -> spec.withId("end-test"));
		var stored = fixtures.owner().selectFrom(HYPOTHESIS).where(HYPOTHESIS.ID.eq(id)).fetchSingle();
		assertThat(stored.getStatus()).isEqualTo(HypothesisStatus.VALIDATED);
		assertThat(stored.getObserved()).isEqualByComparingTo("85");
		assertThat(stored.getLearning()).isEqualTo("Push alerts beat email: roll out to every team.");
		assertThat(stored.getEndedAt()).isNotNull();
	}

	@Test
	void abandoning_needs_a_reason_which_is_kept_as_the_outcome() {
		UUID id = draft(null).id();
		navigate("hypotheses/" + id);
		_click(button("abandon"));

		_click(button("confirm-abandon"));
		var reason = _get(TextArea.class, spec -> spec.withId("abandon-reason"));
		assertThat(reason.isInvalid()).isTrue();
		assertThat(reason.getErrorMessage()).isEqualTo("Write down what was learnt.");
		assertThat(storedStatus(id)).isEqualTo(HypothesisStatus.DRAFT);

		_setValue(reason, "Email alerts are outside the current phase.");
		_click(button("confirm-abandon"));

		assertThat(status().getText()).isEqualTo("Abandoned");
		assertThat(textOf(byId("outcome"))).contains("Email alerts are outside the current phase.");
		assertThat(storedStatus(id)).isEqualTo(HypothesisStatus.ABANDONED);
	}

	@Test
	void a_viewer_sees_the_hypothesis_without_any_action() {
		UUID id = testing().id();
		signInAs(fixtures.personIn(tenant, Role.VIEWER));
		navigate("hypotheses/" + id);

		assertThat(status().getText()).isEqualTo("Testing");
		assertThat(_find(_get(HypothesisView.class), Button.class)).isEmpty();
		_assertNone(TextArea.class, spec -> spec.withId("evidence-summary"));
	}

	@Test
	void another_companys_hypothesis_is_not_found() {
		UUID streamlys = fixtures.owner()
			.select(HYPOTHESIS.ID)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(fixtures.tenantIdOf("streamly")))
			.limit(1)
			.fetchSingle()
			.value1();
		signInAs("eli@lumen.test");
		navigate("hypotheses/" + streamlys);

		assertThat(textOf(byId("not-found"))).contains("Not found",
				"There is nothing here, or it is not shared with you.");
		_assertNone(HypothesisView.class);
		_assertNone(Span.class, spec -> spec.withId("hypothesis-status"));
	}

	@Test
	void a_malformed_hypothesis_id_is_not_found() {
		navigate("hypotheses/not-a-hypothesis");

		assertThat(textOf(byId("not-found"))).contains("Not found");
		_assertNone(HypothesisView.class);
	}

	/** A draft whose criteria are complete but for the deadline, when none is given. */
	private Hypothesis draft(@Nullable LocalDate deadline) {
		return hypotheses.create(new HypothesisDraft(product, theory,
				"We believe that push alerts for on-call leads will speed up acknowledgement",
				"Alerts acknowledged within five minutes", new BigDecimal("60"), new BigDecimal("80"),
				Direction.INCREASE, deadline, TestMethod.AB_TEST, null));
	}

	private Hypothesis testing() {
		var draft = draft(LocalDate.now().plusWeeks(4));
		var ready = hypotheses.markReady(draft.id(), draft.version());
		return hypotheses.startTest(ready.id(), ready.version());
	}

	private static Span status() {
		return _get(Span.class, spec -> spec.withId("hypothesis-status"));
	}

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	private static DatePicker evidenceDate() {
		return _get(DatePicker.class, spec -> spec.withId("evidence-date"));
	}

	private static BigDecimalField observed() {
		return _get(BigDecimalField.class, spec -> spec.withId("observed"));
	}

	@SuppressWarnings("unchecked")
	private static Select<HypothesisStatus> outcomeChoice() {
		return _get(Select.class, spec -> spec.withId("outcome-choice"));
	}

	private static TextArea learning() {
		return _get(TextArea.class, spec -> spec.withId("learning"));
	}

	private HypothesisStatus storedStatus(UUID id) {
		return fixtures.owner()
			.select(HYPOTHESIS.STATUS)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.ID.eq(id))
			.fetchSingle()
			.value1();
	}

	private int storedEvidence(UUID id) {
		return fixtures.owner().fetchCount(EVIDENCE, EVIDENCE.HYPOTHESIS_ID.eq(id));
	}

}
