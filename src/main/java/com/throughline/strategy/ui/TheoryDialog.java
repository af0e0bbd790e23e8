package com.throughline.strategy.ui;

import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.StrategyTheory;
import com.throughline.strategy.domain.TheoryDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds or edits a strategy theory and its proxy metric: one row of the S-M-T table. */
class TheoryDialog extends Dialog {

	TheoryDialog(StrategyService strategy, Product product, @Nullable StrategyTheory theory, Runnable onSaved) {
		setHeaderTitle(getTranslation(theory == null ? "theory.add" : "theory.edit"));
		setWidth("44rem");
		var title = new TextField(getTranslation("theory.title"));
		title.setId("theory-title");
		title.setHelperText(getTranslation("theory.title.help"));
		title.setMaxLength(TheoryDraft.TITLE_MAX);
		title.setRequiredIndicatorVisible(true);
		var description = new TextArea(getTranslation("product.description"));
		description.setMaxLength(2000);
		var advantage = new Select<Advantage>();
		advantage.setId("theory-advantage");
		advantage.setLabel(getTranslation("theory.advantage"));
		advantage.setItems(Advantage.values());
		advantage.setItemLabelGenerator(a -> Labels.of(this, a));
		advantage.setValue(Advantage.UNIQUE_TECHNOLOGY);
		var metricName = new TextField(getTranslation("metric.name"));
		metricName.setId("metric-name");
		metricName.setHelperText(getTranslation("metric.name.help"));
		metricName.setMaxLength(200);
		metricName.setRequiredIndicatorVisible(true);
		var unit = new TextField(getTranslation("metric.unit"));
		unit.setMaxLength(50);
		var definition = new TextArea(getTranslation("metric.definition"));
		definition.setMaxLength(1000);
		var current = new BigDecimalField(getTranslation("metric.current"));
		current.setId("metric-current");
		var clientWording = new TextField(getTranslation("theory.client-wording"));
		clientWording.setId("theory-client-wording");
		clientWording.setHelperText(getTranslation("theory.client-wording.help"));
		clientWording.setMaxLength(TheoryDraft.TITLE_MAX);
		if (theory != null) {
			title.setValue(theory.title());
			description.setValue(theory.description() == null ? "" : theory.description());
			advantage.setValue(theory.advantage());
			metricName.setValue(theory.metric().name());
			unit.setValue(theory.metric().unit() == null ? "" : theory.metric().unit());
			definition.setValue(theory.metric().definition() == null ? "" : theory.metric().definition());
			current.setValue(theory.metric().current());
			clientWording.setValue(theory.clientWording() == null ? "" : theory.clientWording());
		}
		var form = new FormLayout(title, advantage, description, clientWording, metricName, unit, current, definition);
		form.setColspan(clientWording, 2);
		add(form);
		var save = new Button(getTranslation("action.save"), click -> {
			var draft = new TheoryDraft(title.getValue(), description.getValue(), advantage.getValue(),
					metricName.getValue(), unit.getValue(), definition.getValue(), current.getValue(),
					clientWording.getValue());
			try {
				strategy.saveTheory(product.id(), theory == null ? null : theory.id(), draft,
						theory == null ? 0 : theory.version());
				close();
				onSaved.run();
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex,
						Map.of("title", title, "advantage", advantage, "metricName", metricName, "metricUnit", unit,
								"metricDefinition", definition, "metricCurrent", current, "description", description,
								"clientWording", clientWording));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
				onSaved.run();
			}
		});
		save.setId("save-theory");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

}
