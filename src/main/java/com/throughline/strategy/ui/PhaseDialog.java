package com.throughline.strategy.ui;

import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.strategy.domain.GleePhase;
import com.throughline.strategy.domain.PhaseDraft;
import com.throughline.strategy.domain.PhaseKind;
import com.throughline.strategy.domain.PhaseStatus;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Adds or edits one phase of the GLEe vision. */
class PhaseDialog extends Dialog {

	PhaseDialog(StrategyService strategy, Product product, @Nullable GleePhase phase, boolean first, Runnable onSaved) {
		setHeaderTitle(getTranslation(phase == null ? "glee.add" : "glee.edit"));
		setWidth("40rem");
		var kind = new Select<PhaseKind>();
		kind.setId("phase-kind");
		kind.setLabel(getTranslation("glee.kind"));
		kind.setItems(PhaseKind.values());
		kind.setItemLabelGenerator(k -> Labels.of(this, k));
		var status = new Select<PhaseStatus>();
		status.setId("phase-status");
		status.setLabel(getTranslation("glee.status"));
		status.setItems(PhaseStatus.values());
		status.setItemLabelGenerator(s -> Labels.of(this, s));
		var statement = new TextArea(getTranslation("glee.statement"));
		statement.setId("phase-statement");
		statement.setHelperText(getTranslation("glee.statement.help"));
		statement.setMaxLength(PhaseDraft.STATEMENT_MAX);
		statement.setRequiredIndicatorVisible(true);
		var trend = new TextField(getTranslation("glee.trend"));
		trend.setMaxLength(PhaseDraft.STATEMENT_MAX);
		var horizon = new TextField(getTranslation("glee.horizon"));
		horizon.setHelperText(getTranslation("glee.horizon.help"));
		horizon.setMaxLength(PhaseDraft.HORIZON_MAX);
		var learnings = new TextArea(getTranslation("glee.learnings"));
		learnings.setMaxLength(PhaseDraft.LEARNINGS_MAX);
		if (phase == null) {
			kind.setValue(first ? PhaseKind.GET_BIG : PhaseKind.LEAD);
			status.setValue(first ? PhaseStatus.CURRENT : PhaseStatus.FUTURE);
		}
		else {
			kind.setValue(phase.kind());
			status.setValue(phase.status());
			statement.setValue(phase.statement());
			trend.setValue(phase.trend() == null ? "" : phase.trend());
			horizon.setValue(phase.horizon() == null ? "" : phase.horizon());
			learnings.setValue(phase.learnings() == null ? "" : phase.learnings());
		}
		add(new FormLayout(kind, status, statement, trend, horizon, learnings));
		var save = new Button(getTranslation("action.save"), click -> {
			var draft = new PhaseDraft(kind.getValue(), statement.getValue(), trend.getValue(), horizon.getValue(),
					status.getValue(), learnings.getValue());
			try {
				strategy.savePhase(product.id(), phase == null ? null : phase.id(), draft,
						phase == null ? 0 : phase.version());
				close();
				onSaved.run();
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex, Map.of("kind", kind, "status", status, "statement", statement, "trend",
						trend, "horizon", horizon, "learnings", learnings));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
				onSaved.run();
			}
		});
		save.setId("save-phase");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

}
