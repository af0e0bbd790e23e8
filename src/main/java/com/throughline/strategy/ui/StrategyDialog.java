package com.throughline.strategy.ui;

import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.Strategy;
import com.throughline.strategy.domain.StrategyDraft;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * Writes the vision and DHM; saving makes a new version, the old one stays in the
 * history.
 */
class StrategyDialog extends Dialog {

	StrategyDialog(StrategyService strategy, Product product, @Nullable Strategy current, Runnable onSaved) {
		setHeaderTitle(getTranslation("strategy.edit-of", product.name()));
		setWidth("48rem");
		var vision = area("strategy-vision", "strategy.vision", "strategy.vision.help", StrategyDraft.VISION_MAX);
		var delight = area("strategy-delight", "dhm.delight", "dhm.delight.help", StrategyDraft.PART_MAX);
		var hard = area("strategy-hard", "dhm.hard-to-copy", "dhm.hard-to-copy.help", StrategyDraft.PART_MAX);
		var margin = area("strategy-margin", "dhm.margin", "dhm.margin.help", StrategyDraft.PART_MAX);
		if (current != null) {
			vision.setValue(current.vision());
			delight.setValue(current.delight());
			hard.setValue(current.hardToCopy());
			margin.setValue(current.margin());
		}
		var form = new FormLayout(vision, delight, hard, margin);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		add(form);
		int basedOn = current == null ? 0 : current.number();
		var save = new Button(getTranslation("action.save"), click -> {
			try {
				strategy.saveStrategy(product.id(),
						new StrategyDraft(vision.getValue(), delight.getValue(), hard.getValue(), margin.getValue()),
						basedOn);
				close();
				Feedback.success(this, "strategy.saved");
				onSaved.run();
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex,
						Map.of("vision", vision, "delight", delight, "hardToCopy", hard, "margin", margin));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
				onSaved.run();
			}
		});
		save.setId("save-strategy");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private TextArea area(String id, String labelKey, String helpKey, int max) {
		var area = new TextArea(getTranslation(labelKey));
		area.setId(id);
		area.setHelperText(getTranslation(helpKey));
		area.setMaxLength(max);
		area.setRequiredIndicatorVisible(true);
		area.setWidthFull();
		return area;
	}

}
