package com.throughline.hypothesis.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.HypothesisDraft;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.StrategyTheory;
import com.throughline.strategy.domain.TheoryDraft;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.HYPOTHESIS;
import static org.assertj.core.api.Assertions.assertThat;

class HypothesisDialogTest extends KaribuTest {

	static final String STATEMENT = "We believe that a lighter player on low-end phones will reduce start failures";

	@Autowired
	StrategyService strategy;

	@Autowired
	HypothesisService hypotheses;

	UUID tenant;

	UUID editor;

	UUID product;

	UUID theory;

	@BeforeEach
	void anEditorWithAProductAndATheory() {
		tenant = fixtures.tenant("Reelhouse");
		editor = signInAs(fixtures.personIn(tenant, Role.EDITOR)).id();
		product = strategy.createProduct(new ProductDraft("Reelhouse Player", Market.CONSUMER, null)).id();
		theory = strategy
			.saveTheory(product, null,
					new TheoryDraft("Instant start will make watching effortless", null, Advantage.ECONOMIES_OF_SCALE,
							"Plays starting within one second", "%", null, null),
					0)
			.id();
	}

	/** Opens "New hypothesis" and fills in the product, the theory and the statement. */
	private void startANewHypothesis() {
		navigate("hypotheses");
		_click(_get(Button.class, spec -> spec.withId("create-hypothesis")));
		_setValue(productField(), productField().getListDataView().getItems().findFirst().orElseThrow());
		_setValue(theoryField(), theoryField().getListDataView().getItems().findFirst().orElseThrow());
		_setValue(_get(TextArea.class, spec -> spec.withId("hypothesis-statement")), STATEMENT);
	}

	@Test
	void choosing_a_theory_fills_in_its_proxy_metric() {
		startANewHypothesis();

		assertThat(_get(TextField.class, spec -> spec.withId("hypothesis-metric")).getValue())
			.isEqualTo("Plays starting within one second");
	}

	@Test
	void a_target_equal_to_the_baseline_is_refused_next_to_the_target_and_nothing_is_stored() {
		startANewHypothesis();
		_setValue(baseline(), new BigDecimal("82"));
		_setValue(target(), new BigDecimal("82.0"));
		_click(save());

		assertThat(target().isInvalid()).isTrue();
		assertThat(target().getErrorMessage()).isEqualTo("The target must differ from the baseline.");
		_assertOne(HypothesisDialog.class);
		assertThat(stored()).isZero();
	}

	@Test
	void a_target_on_the_wrong_side_of_the_baseline_is_refused_next_to_the_target() {
		startANewHypothesis();
		_setValue(direction(), Direction.INCREASE);
		_setValue(baseline(), new BigDecimal("82"));
		_setValue(target(), new BigDecimal("75"));
		_click(save());

		assertThat(target().isInvalid()).isTrue();
		assertThat(target().getErrorMessage())
			.isEqualTo("The target is on the wrong side of the baseline for this direction.");
		assertThat(stored()).isZero();
	}

	@Test
	void a_valid_hypothesis_opens_its_page_as_a_draft() {
		startANewHypothesis();
		LocalDate deadline = LocalDate.now().plusWeeks(6);
		_setValue(direction(), Direction.DECREASE);
		_setValue(baseline(), new BigDecimal("12.5"));
		_setValue(target(), new BigDecimal("4"));
		_setValue(_get(DatePicker.class, spec -> spec.withId("hypothesis-deadline")), deadline);
		@SuppressWarnings("unchecked")
		Select<TestMethod> method = _get(Select.class, spec -> spec.withId("hypothesis-method"));
		_setValue(method, TestMethod.AB_TEST);
		_click(save());

		_assertOne(HypothesisView.class);
		assertThat(_get(Span.class, spec -> spec.withId("hypothesis-status")).getText()).isEqualTo("Draft");
		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo(STATEMENT);
		assertThat(textOf(byId("criteria"))).contains("Reelhouse Player", "Instant start will make watching effortless",
				"From 12.5 to 4 (should decrease)");
		var stored = fixtures.owner().selectFrom(HYPOTHESIS).where(HYPOTHESIS.TENANT_ID.eq(tenant)).fetchSingle();
		assertThat(stored.getStatus()).isEqualTo(HypothesisStatus.DRAFT);
		assertThat(stored.getStatement()).isEqualTo(STATEMENT);
		assertThat(stored.getProductId()).isEqualTo(product);
		assertThat(stored.getTheoryId()).isEqualTo(theory);
		assertThat(stored.getMetricName()).isEqualTo("Plays starting within one second");
		assertThat(stored.getBaseline()).isEqualByComparingTo("12.5");
		assertThat(stored.getTarget()).isEqualByComparingTo("4");
		assertThat(stored.getDirection()).isEqualTo(Direction.DECREASE);
		assertThat(stored.getDeadline()).isEqualTo(deadline);
		assertThat(stored.getTestMethod()).isEqualTo(TestMethod.AB_TEST);
		assertThat(stored.getOwnerId()).as("the author owns it unless told otherwise").isEqualTo(editor);
	}

	@Test
	void adding_the_missing_deadline_in_the_edit_dialog_lets_the_editor_mark_it_ready() {
		UUID id = hypotheses
			.create(new HypothesisDraft(product, theory, STATEMENT, "Plays starting within one second",
					new BigDecimal("82"), new BigDecimal("95"), Direction.INCREASE, null, TestMethod.AB_TEST, null))
			.id();
		navigate("hypotheses/" + id);
		assertThat(_get(Span.class, spec -> spec.withId("mark-ready-reason")).getText())
			.isEqualTo("Set a deadline first.");

		_click(_get(Button.class, spec -> spec.withId("edit-hypothesis")));
		_setValue(_get(DatePicker.class, spec -> spec.withId("hypothesis-deadline")), LocalDate.now().plusWeeks(4));
		_click(save());

		_assertNone(Span.class, spec -> spec.withId("mark-ready-reason"));
		var markReady = _get(Button.class, spec -> spec.withId("mark-ready"));
		assertThat(markReady.isEnabled()).isTrue();
		_click(markReady);

		assertThat(_get(Span.class, spec -> spec.withId("hypothesis-status")).getText()).isEqualTo("Ready");
		var stored = fixtures.owner().selectFrom(HYPOTHESIS).where(HYPOTHESIS.ID.eq(id)).fetchSingle();
		assertThat(stored.getStatus()).isEqualTo(HypothesisStatus.READY);
		assertThat(stored.getDeadline()).isEqualTo(LocalDate.now().plusWeeks(4));
	}

	@SuppressWarnings("unchecked")
	private static ComboBox<Product> productField() {
		return _get(ComboBox.class, spec -> spec.withId("hypothesis-product"));
	}

	@SuppressWarnings("unchecked")
	private static ComboBox<StrategyTheory> theoryField() {
		return _get(ComboBox.class, spec -> spec.withId("hypothesis-theory"));
	}

	private static BigDecimalField baseline() {
		return _get(BigDecimalField.class, spec -> spec.withId("hypothesis-baseline"));
	}

	private static BigDecimalField target() {
		return _get(BigDecimalField.class, spec -> spec.withId("hypothesis-target"));
	}

	@SuppressWarnings("unchecked")
	private static Select<Direction> direction() {
		return _get(Select.class, spec -> spec.withId("hypothesis-direction"));
	}

	private static Button save() {
		return _get(Button.class, spec -> spec.withId("save-hypothesis"));
	}

	private int stored() {
		return fixtures.owner().fetchCount(HYPOTHESIS, HYPOTHESIS.TENANT_ID.eq(tenant));
	}

}
