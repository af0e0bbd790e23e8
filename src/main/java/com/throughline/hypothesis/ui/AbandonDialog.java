package com.throughline.hypothesis.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Abandons a hypothesis, saying why: the reason is kept as its learning. */
class AbandonDialog extends Dialog {

	AbandonDialog(HypothesisService hypotheses, Hypothesis h, Consumer<Hypothesis> onAbandoned) {
		setHeaderTitle(getTranslation("hypothesis.abandon"));
		var reason = new TextArea(getTranslation("hypothesis.abandon.reason"));
		reason.setId("abandon-reason");
		reason.setWidthFull();
		reason.setMaxLength(HypothesisService.LEARNING_MAX);
		add(new Paragraph(getTranslation("hypothesis.abandon.message")), reason);
		var confirm = new Button(getTranslation("hypothesis.abandon"), click -> {
			try {
				var abandoned = hypotheses.abandon(h.id(), h.version(), reason.getValue());
				close();
				onAbandoned.accept(abandoned);
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex, Map.of("learning", reason));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
			}
		});
		confirm.setId("confirm-abandon");
		confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
	}

}
