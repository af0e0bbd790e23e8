package com.throughline.segment.ui;

import java.util.ArrayList;
import java.util.List;

import com.throughline.platform.ui.Labels;
import com.throughline.segment.domain.Criterion;
import com.throughline.segment.domain.CriterionStrength;
import com.throughline.segment.domain.Operator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The observable criteria of a segment, one row each: attribute, operator, value,
 * strength.
 */
class CriteriaEditor extends VerticalLayout {

	private final List<Row> rows = new ArrayList<>();

	private final Div list = new Div();

	private final Span problem = new Span();

	CriteriaEditor(List<Criterion> criteria) {
		setPadding(false);
		list.setId("criteria");
		problem.addClassName("field-problem");
		problem.setId("criteria-problem");
		var add = new Button(getTranslation("criterion.add"), VaadinIcon.PLUS.create(),
				click -> addRow(new Criterion("", Operator.EQ, "", CriterionStrength.REQUIRED)));
		add.setId("add-criterion");
		add(list, problem, add);
		criteria.forEach(this::addRow);
		if (criteria.isEmpty()) {
			addRow(new Criterion("", Operator.GTE, "", CriterionStrength.REQUIRED));
		}
	}

	List<Criterion> criteria() {
		return rows.stream()
			.filter(r -> !r.attribute.isEmpty() || !r.value.isEmpty())
			.map(r -> new Criterion(r.attribute.getValue(), r.operator.getValue(), r.value.getValue(),
					r.strength.getValue()))
			.toList();
	}

	/**
	 * Shows a refusal for criterion {@code index} (of the non-empty rows), or for the
	 * list.
	 */
	void showProblem(String message, int index) {
		problem.setText(message);
		var filled = rows.stream().filter(r -> !r.attribute.isEmpty() || !r.value.isEmpty()).toList();
		if (index >= 0 && index < filled.size()) {
			filled.get(index).value.setInvalid(true);
			filled.get(index).attribute.setInvalid(true);
		}
	}

	void clearProblem() {
		problem.setText("");
		rows.forEach(r -> {
			r.value.setInvalid(false);
			r.attribute.setInvalid(false);
		});
	}

	private void addRow(Criterion criterion) {
		var row = new Row(criterion);
		rows.add(row);
		list.add(row.layout);
	}

	private final class Row {

		final TextField attribute = new TextField();

		final Select<Operator> operator = new Select<>();

		final TextField value = new TextField();

		final Select<CriterionStrength> strength = new Select<>();

		final HorizontalLayout layout;

		Row(Criterion c) {
			attribute.setPlaceholder(getTranslation("criterion.attribute"));
			attribute.setAriaLabel(getTranslation("criterion.attribute"));
			attribute.setMaxLength(100);
			attribute.setValue(c.attribute() == null ? "" : c.attribute());
			attribute.addClassName("criterion-attribute");
			operator.setItems(Operator.values());
			operator.setItemLabelGenerator(o -> Labels.of(CriteriaEditor.this, o));
			operator.setValue(c.operator());
			operator.setAriaLabel(getTranslation("criterion.operator"));
			operator.setWidth("9rem");
			value.setPlaceholder(getTranslation("criterion.value"));
			value.setAriaLabel(getTranslation("criterion.value"));
			value.setMaxLength(200);
			value.setValue(c.value() == null ? "" : c.value());
			value.addClassName("criterion-value");
			strength.setItems(CriterionStrength.values());
			strength.setItemLabelGenerator(s -> Labels.of(CriteriaEditor.this, s));
			strength.setValue(c.strength());
			strength.setAriaLabel(getTranslation("criterion.strength"));
			var remove = new Button(VaadinIcon.TRASH.create(), click -> {
				rows.remove(this);
				list.remove(Row.this.layout);
			});
			remove.setAriaLabel(getTranslation("criterion.remove"));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			layout = new HorizontalLayout(attribute, operator, value, strength, remove);
			layout.setAlignItems(Alignment.BASELINE);
		}

	}

}
