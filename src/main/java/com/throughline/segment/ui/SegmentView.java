package com.throughline.segment.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.throughline.hypothesis.ui.HypothesisView;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

/**
 * One segment as sales reads it: who qualifies, who buys and who uses, the economics, the
 * success criteria, and the hypotheses about it. Exportable as Markdown and CSV.
 */
@Route(value = "segments/:segmentId", layout = MainLayout.class)
@RolesAllowed("VIEWER")
public class SegmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SegmentService segments;

	private Segment segment;

	public SegmentView(SegmentService segments) {
		this.segments = segments;
		addClassName("page");
	}

	public static RouteParameters parameters(UUID id) {
		return new RouteParameters("segmentId", id.toString());
	}

	static UUID idFrom(BeforeEnterEvent event) {
		try {
			return UUID.fromString(event.getRouteParameters().get("segmentId").orElse(""));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Segment");
		}
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		show(segments.get(idFrom(event)));
	}

	private void show(Segment s) {
		segment = s;
		removeAll();
		var export = new SegmentExport(this, getLocale(), s, segments.currency(), segments.thresholds());
		var title = new H2(s.name());
		title.setId("page-title");
		var tier = new Span(Labels.of(this, s.tier()));
		tier.addClassName("badge");
		var header = new HorizontalLayout(title, tier);
		header.setAlignItems(Alignment.BASELINE);
		if (s.archived()) {
			var archived = new Span(getTranslation("segment.archived"));
			archived.addClassName("badge");
			header.add(archived);
		}
		add(new RouterLink(getTranslation("segment.all"), SegmentsView.class), header, actions(s, export));
		if (s.description() != null) {
			add(new Paragraph(s.description()));
		}
		add(section("segment.criteria", export.criteriaLines()), personas(s, export),
				section("segment.economics", export.economicsLines()), successCriteria(s), linkedHypotheses(s));
	}

	private Component actions(Segment s, SegmentExport export) {
		var markdown = download(export.markdown(), s.name() + ".md", "text/markdown", "segment.export.markdown");
		markdown.setId("export-markdown");
		var csv = download(export.csv(), s.name() + ".csv", "text/csv", "segment.export.csv");
		csv.setId("export-csv");
		var bar = new HorizontalLayout(markdown, csv);
		bar.addClassName("no-print");
		bar.setAlignItems(Alignment.BASELINE);
		if (Permissions.canEdit()) {
			var edit = new Button(getTranslation("segment.edit"), click -> getUI()
				.ifPresent(ui -> ui.navigate(SegmentEditorView.class, SegmentEditorView.parameters(s.id()))));
			edit.setId("edit-segment");
			var duplicate = new Button(getTranslation("segment.duplicate"), click -> {
				var copy = segments.duplicate(s.id(), getTranslation("segment.copy-suffix"));
				getUI().ifPresent(ui -> ui.navigate(SegmentView.class, parameters(copy.id())));
			});
			duplicate.setId("duplicate-segment");
			var archive = new Button(getTranslation(s.archived() ? "segment.restore" : "segment.archive"), click -> {
				if (s.archived()) {
					archive(s, false);
				}
				else {
					Feedback.confirm(this, "segment.archive.title", "segment.archive.message", "segment.archive",
							() -> archive(s, true), s.name());
				}
			});
			archive.setId("archive-segment");
			archive.addThemeVariants(ButtonVariant.TERTIARY);
			bar.addComponentAtIndex(0, edit);
			bar.addComponentAtIndex(1, duplicate);
			bar.add(archive);
		}
		return bar;
	}

	private void archive(Segment s, boolean archived) {
		try {
			show(segments.setArchived(s.id(), archived, s.version()));
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			show(segments.get(s.id()));
		}
	}

	private Anchor download(String content, String fileName, String type, String labelKey) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		return new Anchor(
				DownloadHandler.fromInputStream(
						event -> new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length)),
				getTranslation(labelKey));
	}

	private Component personas(Segment s, SegmentExport export) {
		var box = new Div();
		box.addClassName("dhm");
		box.add(card(s.personas().buyerIsUser() ? "segment.persona.both" : "segment.persona.buyer",
				export.buyerLines()));
		if (!s.personas().buyerIsUser()) {
			box.add(card("segment.persona.user", export.userLines()));
		}
		return box;
	}

	private Component card(String titleKey, java.util.List<String> lines) {
		var card = new Div(new H3(getTranslation(titleKey)));
		card.addClassName("dhm-part");
		lines.forEach(line -> card.add(new Paragraph(line)));
		return card;
	}

	private Component section(String titleKey, java.util.List<String> lines) {
		var box = new Div(new H3(getTranslation(titleKey)));
		box.setId(titleKey.replace('.', '-'));
		lines.forEach(line -> box.add(new Paragraph(line)));
		return box;
	}

	private Component successCriteria(Segment s) {
		var box = new Div();
		box.addClassName("dhm");
		box.add(card("segment.user-evaluation",
				java.util.List.of(s.userEvaluation() == null ? "—" : s.userEvaluation())));
		box.add(card("segment.buyer-scorecard",
				java.util.List.of(s.buyerScorecard() == null ? "—" : s.buyerScorecard())));
		return box;
	}

	private Component linkedHypotheses(Segment s) {
		var box = new Div(new H3(getTranslation("segment.hypotheses")));
		box.setId("segment-hypotheses");
		var linked = segments.linkedHypotheses(s.id());
		if (linked.isEmpty()) {
			box.add(new Paragraph(getTranslation("segment.hypotheses.none")));
		}
		linked.forEach(h -> box
			.add(new Div(new RouterLink(h.getValue(), HypothesisView.class, HypothesisView.parameters(h.getKey())))));
		var items = segments.linkedRoadmapItems(s.id());
		var roadmap = new Div(new H3(getTranslation("segment.roadmap-items")));
		roadmap.setId("segment-roadmap-items");
		if (items.isEmpty()) {
			roadmap.add(new Paragraph(getTranslation("segment.roadmap-items.none")));
		}
		items.forEach(i -> roadmap.add(new Paragraph(i.getValue())));
		box.add(roadmap);
		return box;
	}

	@Override
	public String getPageTitle() {
		return segment == null ? getTranslation("nav.segments") : segment.name();
	}

}
