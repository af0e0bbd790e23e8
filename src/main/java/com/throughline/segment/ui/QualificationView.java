package com.throughline.segment.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import com.throughline.platform.ui.MainLayout;
import com.throughline.segment.domain.Criterion;
import com.throughline.segment.domain.Qualification;
import com.throughline.segment.domain.SegmentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Checks a prospect against every active segment: enter its observable facts, see which
 * segments it qualifies for and which criteria it misses.
 */
@Route(value = "segments/check", layout = MainLayout.class)
@RolesAllowed("VIEWER")
public class QualificationView extends VerticalLayout implements HasDynamicTitle {

	private final SegmentService segments;

	private final Map<String, TextField> facts = new LinkedHashMap<>();

	private final Div results = new Div();

	public QualificationView(SegmentService segments) {
		this.segments = segments;
		addClassName("page");
		var attributes = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
		segments.segments(false).forEach(s -> s.criteria().forEach(c -> attributes.add(c.attribute())));
		var form = new FormLayout();
		attributes.forEach(attribute -> {
			var field = new TextField(attribute);
			field.setId("fact-" + attribute.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
			facts.put(attribute, field);
			form.add(field);
		});
		var check = new Button(getTranslation("qualification.check"), click -> check());
		check.setId("check-prospect");
		check.addThemeVariants(ButtonVariant.PRIMARY);
		results.setId("qualification-results");
		add(new RouterLink(getTranslation("segment.all"), SegmentsView.class),
				new H2(getTranslation("qualification.title")),
				new Paragraph(getTranslation(attributes.isEmpty() ? "qualification.empty" : "qualification.help")),
				form, check, results);
	}

	private void check() {
		Map<String, String> entered = new LinkedHashMap<>();
		facts.forEach((attribute, field) -> entered.put(attribute, field.getValue()));
		results.removeAll();
		segments.qualify(entered).forEach(q -> results.add(result(q)));
	}

	private Div result(Qualification q) {
		var verdict = new Span(getTranslation(q.qualifies() ? "qualification.fits" : "qualification.does-not-fit"));
		verdict.addClassNames("badge", q.qualifies() ? "status-validated" : "status-invalidated");
		var card = new Div(new H4(q.segment().name()), verdict);
		card.addClassName("phase");
		card.addClassName(q.qualifies() ? "qualifies" : "misses");
		if (!q.missingRequired().isEmpty()) {
			card.add(new Paragraph(getTranslation("qualification.missing", list(q.missingRequired()))));
		}
		if (!q.missingSignals().isEmpty()) {
			card.add(new Paragraph(getTranslation("qualification.signals-missing", list(q.missingSignals()))));
		}
		card.add(new Paragraph(getTranslation("qualification.met", q.met().size(), q.segment().criteria().size())));
		return card;
	}

	private String list(java.util.List<Criterion> criteria) {
		return String.join("; ", criteria.stream()
			.map(c -> c.attribute() + " " + com.throughline.platform.ui.Labels.of(this, c.operator()) + " " + c.value())
			.toList());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("qualification.title");
	}

}
