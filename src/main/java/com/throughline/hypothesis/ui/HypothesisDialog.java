package com.throughline.hypothesis.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisDraft;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.StrategyTheory;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Writes a hypothesis: the bet, the theory it tests, and its success criteria — proxy
 * metric, baseline, target, direction, deadline — fixed before the test starts.
 */
public class HypothesisDialog extends Dialog {

	private final ComboBox<Product> product = new ComboBox<>();

	private final ComboBox<StrategyTheory> theory = new ComboBox<>();

	private final TextArea statement = new TextArea();

	private final TextField metric = new TextField();

	private final BigDecimalField baseline = new BigDecimalField();

	private final BigDecimalField target = new BigDecimalField();

	private final Select<Direction> direction = new Select<>();

	private final DatePicker deadline = new DatePicker();

	private final Select<TestMethod> method = new Select<>();

	private final ComboBox<Member> owner = new ComboBox<>();

	public HypothesisDialog(HypothesisService hypotheses, StrategyService strategy, WorkspaceService workspace,
			@Nullable Hypothesis existing, Consumer<Hypothesis> onSaved) {
		setHeaderTitle(getTranslation(existing == null ? "hypothesis.create" : "hypothesis.edit"));
		setWidth("52rem");
		var theories = strategy.allTheories();
		var members = workspace.members();
		configure(strategy.products(), theories, members);
		if (existing != null) {
			show(existing, theories, members);
		}
		else {
			SignedInPerson.current()
				.flatMap(p -> members.stream().filter(m -> m.accountId().equals(p.id())).findFirst())
				.ifPresent(owner::setValue);
		}
		var form = new FormLayout(product, theory, statement, metric, direction, baseline, target, deadline, method,
				owner);
		form.setColspan(statement, 2);
		add(form);
		var save = new Button(getTranslation("action.save"), click -> save(hypotheses, existing, onSaved));
		save.setId("save-hypothesis");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private void configure(java.util.List<Product> products, java.util.List<StrategyTheory> theories,
			java.util.List<Member> members) {
		product.setId("hypothesis-product");
		product.setLabel(getTranslation("hypothesis.product"));
		product.setItems(products);
		product.setItemLabelGenerator(Product::name);
		product.setRequiredIndicatorVisible(true);
		product.addValueChangeListener(change -> {
			theory.setItems(theories.stream()
				.filter(t -> change.getValue() != null && t.productId().equals(change.getValue().id()))
				.toList());
		});
		theory.setId("hypothesis-theory");
		theory.setLabel(getTranslation("hypothesis.theory"));
		theory.setItemLabelGenerator(StrategyTheory::title);
		theory.addValueChangeListener(change -> {
			if (change.getValue() != null && metric.isEmpty()) {
				metric.setValue(change.getValue().metric().name());
			}
		});
		statement.setId("hypothesis-statement");
		statement.setLabel(getTranslation("hypothesis.statement"));
		statement.setPlaceholder(getTranslation("hypothesis.statement.placeholder"));
		statement.setMaxLength(HypothesisDraft.STATEMENT_MAX);
		statement.setRequiredIndicatorVisible(true);
		metric.setId("hypothesis-metric");
		metric.setLabel(getTranslation("hypothesis.metric"));
		metric.setMaxLength(HypothesisDraft.METRIC_MAX);
		baseline.setId("hypothesis-baseline");
		baseline.setLabel(getTranslation("hypothesis.baseline"));
		target.setId("hypothesis-target");
		target.setLabel(getTranslation("hypothesis.target"));
		direction.setId("hypothesis-direction");
		direction.setLabel(getTranslation("hypothesis.direction"));
		direction.setItems(Direction.values());
		direction.setItemLabelGenerator(d -> Labels.of(this, d));
		direction.setValue(Direction.INCREASE);
		deadline.setId("hypothesis-deadline");
		deadline.setLabel(getTranslation("hypothesis.deadline"));
		method.setId("hypothesis-method");
		method.setLabel(getTranslation("hypothesis.method"));
		method.setItems(TestMethod.values());
		method.setItemLabelGenerator(m -> m == null ? getTranslation("hypothesis.method.none") : Labels.of(this, m));
		method.setEmptySelectionAllowed(true);
		method.setEmptySelectionCaption(getTranslation("hypothesis.method.none"));
		owner.setId("hypothesis-owner");
		owner.setLabel(getTranslation("hypothesis.owner"));
		owner.setItems(members);
		owner.setItemLabelGenerator(Member::displayName);
	}

	private void show(Hypothesis h, java.util.List<StrategyTheory> theories, java.util.List<Member> members) {
		product.getListDataView()
			.getItems()
			.filter(p -> p.id().equals(h.productId()))
			.findFirst()
			.ifPresent(product::setValue);
		theories.stream().filter(t -> t.id().equals(h.theoryId())).findFirst().ifPresent(theory::setValue);
		statement.setValue(h.statement());
		metric.setValue(h.metricName() == null ? "" : h.metricName());
		baseline.setValue(h.baseline());
		target.setValue(h.target());
		direction.setValue(h.direction());
		deadline.setValue(h.deadline());
		method.setValue(h.method());
		members.stream().filter(m -> m.accountId().equals(h.ownerId())).findFirst().ifPresent(owner::setValue);
	}

	private void save(HypothesisService hypotheses, @Nullable Hypothesis existing, Consumer<Hypothesis> onSaved) {
		if (baseline.isInvalid() || target.isInvalid()) {
			return;
		}
		var draft = new HypothesisDraft(product.getValue() == null ? null : product.getValue().id(),
				theory.getValue() == null ? null : theory.getValue().id(), statement.getValue(), metric.getValue(),
				baseline.getValue(), target.getValue(), direction.getValue(), deadline.getValue(), method.getValue(),
				owner.getValue() == null ? null : owner.getValue().accountId());
		try {
			var saved = existing == null ? hypotheses.create(draft)
					: hypotheses.update(existing.id(), draft, existing.version());
			close();
			onSaved.accept(saved);
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex,
					Map.of("product", product, "theory", theory, "statement", statement, "metricName", metric,
							"baseline", baseline, "target", target, "deadline", deadline, "owner", owner));
		}
		catch (ConcurrentEditException ex) {
			close();
			Feedback.problem(this, "edit.conflict");
		}
	}

}
