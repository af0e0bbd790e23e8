package com.throughline.hypothesis.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Ends a test: the observed value, what the numbers say against the target, and the
 * outcome the person confirms with what they learnt.
 */
class EndTestDialog extends Dialog {

	EndTestDialog(HypothesisService hypotheses, Hypothesis h, Consumer<Hypothesis> onEnded) {
		setHeaderTitle(getTranslation("hypothesis.end-test"));
		setWidth("36rem");
		var observed = new BigDecimalField(getTranslation("hypothesis.observed"));
		observed.setId("observed");
		var verdict = new Paragraph();
		verdict.setId("verdict");
		var outcome = new Select<HypothesisStatus>();
		outcome.setId("outcome-choice");
		outcome.setLabel(getTranslation("hypothesis.outcome"));
		outcome.setItems(HypothesisStatus.OUTCOMES);
		outcome.setItemLabelGenerator(s -> Labels.of(this, s));
		observed.addValueChangeListener(change -> {
			if (change.getValue() == null) {
				verdict.setText("");
				return;
			}
			boolean met = h.meetsTarget(change.getValue());
			verdict.setText(getTranslation(met ? "hypothesis.observed-met" : "hypothesis.observed-missed",
					HypothesisView.number(change.getValue())));
			outcome.setValue(met ? HypothesisStatus.VALIDATED : HypothesisStatus.INVALIDATED);
		});
		var learning = new TextArea(getTranslation("hypothesis.learning"));
		learning.setId("learning");
		learning.setMaxLength(HypothesisService.LEARNING_MAX);
		learning.setRequiredIndicatorVisible(true);
		add(new Paragraph(getTranslation("hypothesis.criterion-is", HypothesisView.number(h.baseline()),
				HypothesisView.number(h.target()), Labels.of(this, h.direction()))), new FormLayout(observed, outcome),
				verdict, learning);
		learning.setWidthFull();
		var confirm = new Button(getTranslation("hypothesis.confirm-outcome"), click -> {
			try {
				var ended = hypotheses.endTest(h.id(), h.version(), observed.getValue(), outcome.getValue(),
						learning.getValue());
				close();
				onEnded.accept(ended);
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex, Map.of("observed", observed, "outcome", outcome, "learning", learning));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
			}
		});
		confirm.setId("confirm-outcome");
		confirm.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
	}

}
