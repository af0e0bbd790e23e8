package com.throughline.hypothesis.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

import com.throughline.hypothesis.domain.Evidence;
import com.throughline.hypothesis.domain.EvidenceDraft;
import com.throughline.hypothesis.domain.EvidenceKind;
import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.Permissions;
import com.throughline.platform.ui.StaticContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The evidence timeline of a hypothesis, newest first, with a form to add an entry. */
class EvidencePanel extends VerticalLayout {

	private final HypothesisService hypotheses;

	private final Select<EvidenceKind> kind = new Select<>();

	private final DatePicker observedOn = new DatePicker();

	private final TextArea summary = new TextArea();

	private final TextField source = new TextField();

	private final TextField link = new TextField();

	private final Div timeline = new Div();

	/** Told of each entry added here, which the panel shows at once. */
	private final Runnable added;

	private Hypothesis hypothesis;

	EvidencePanel(HypothesisService hypotheses, Runnable added) {
		this.hypotheses = hypotheses;
		this.added = added;
		setPadding(false);
		timeline.setId("evidence");
		timeline.addClassName("timeline");
		kind.setId("evidence-kind");
		kind.setLabel(getTranslation("evidence.kind"));
		kind.setItems(EvidenceKind.values());
		kind.setItemLabelGenerator(k -> Labels.of(this, k));
		observedOn.setId("evidence-date");
		observedOn.setLabel(getTranslation("evidence.date"));
		summary.setId("evidence-summary");
		summary.setLabel(getTranslation("evidence.summary"));
		summary.setMaxLength(EvidenceDraft.SUMMARY_MAX);
		source.setLabel(getTranslation("evidence.source"));
		source.setMaxLength(500);
		link.setId("evidence-link");
		link.setLabel(getTranslation("evidence.link"));
		var add = new Button(getTranslation("evidence.add"), click -> add());
		add.setId("add-evidence");
		var form = new FormLayout(kind, observedOn, summary, source, link);
		form.setColspan(summary, 2);
		add(new H3(getTranslation("evidence.title")), timeline);
		if (Permissions.canEdit()) {
			var box = new Div(form, add);
			box.addClassNames("evidence-form", "no-print");
			add(box);
		}
	}

	/**
	 * Shows a hypothesis' evidence. The form is emptied only for another hypothesis: a
	 * change to this one (a teammate's, arriving live, or a step taken here) must not
	 * wipe what is being typed.
	 */
	void show(Hypothesis h) {
		boolean another = hypothesis == null || !hypothesis.id().equals(h.id());
		hypothesis = h;
		if (another) {
			reset();
		}
		render(hypotheses.evidence(h.id()));
	}

	private void add() {
		try {
			render(hypotheses.addEvidence(hypothesis.id(), new EvidenceDraft(kind.getValue(), observedOn.getValue(),
					summary.getValue(), source.getValue(), link.getValue())));
			added.run();
			reset();
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex,
					Map.of("kind", kind, "observedOn", observedOn, "summary", summary, "source", source, "link", link));
		}
	}

	private void reset() {
		kind.setValue(EvidenceKind.EXPERIMENT_RESULT);
		observedOn.setValue(LocalDate.now());
		summary.clear();
		source.clear();
		link.clear();
	}

	/** The entries are one element's HTML: none is a component of its own. */
	private void render(List<Evidence> entries) {
		timeline.removeAll();
		if (entries.isEmpty()) {
			timeline.add(new Paragraph(getTranslation("evidence.empty")));
			return;
		}
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		var list = StaticContent.block("evidence-entries");
		entries.forEach(e -> list.add(entry(e, dates)));
		timeline.add(list.toComponent());
	}

	private StaticContent entry(Evidence e, DateTimeFormatter dates) {
		var entry = StaticContent.block("evidence-entry")
			.add("span", Labels.of(this, e.kind()), "badge")
			.add("span", dates.format(e.observedOn()))
			.add("p", e.summary());
		if (e.source() != null) {
			entry.add("span", getTranslation("evidence.source-is", e.source()));
		}
		if (e.link() != null) {
			entry.externalLink(e.link(), e.link());
		}
		if (e.author() != null) {
			entry.add("span", getTranslation("evidence.by", e.author()));
		}
		return entry;
	}

}
