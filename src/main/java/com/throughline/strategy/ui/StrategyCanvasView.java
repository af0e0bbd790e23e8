package com.throughline.strategy.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.roadmap.domain.RoadmapItem;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.strategy.domain.GleePhase;
import com.throughline.strategy.domain.PhaseStatus;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.Strategy;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.StrategyTheory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
 * The one page a team puts on the wall: the product's vision, its GLEe phases with the
 * current one highlighted, the DHM statement, and the S-M-T table — each theory, its
 * proxy metric and the hypotheses testing it. Printable, and exportable as Markdown.
 */
@Route(value = "products/:productId", layout = MainLayout.class)
@RolesAllowed("VIEWER")
public class StrategyCanvasView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final StrategyService strategy;

	private final HypothesisService hypotheses;

	private final RoadmapService roadmap;

	private Product product;

	private String markdown = "";

	public StrategyCanvasView(StrategyService strategy, HypothesisService hypotheses, RoadmapService roadmap) {
		this.roadmap = roadmap;
		this.strategy = strategy;
		this.hypotheses = hypotheses;
		addClassNames("page", "canvas");
	}

	public static RouteParameters parameters(Product product) {
		return new RouteParameters("productId", product.id().toString());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		product = strategy.product(ProductIds.from(event));
		render();
	}

	void render() {
		removeAll();
		var current = strategy.currentStrategy(product.id()).orElse(null);
		var phases = strategy.phases(product.id());
		var theories = strategy.theories(product.id());
		var tactics = hypotheses.ofProduct(product.id());
		markdown = new StrategyMarkdown(this).write(product, current, phases, theories, tactics);
		var items = roadmap.items(product.id());
		add(header(current), vision(current), glee(phases), dhm(current), smt(theories, tactics, items));
	}

	private Component header(Strategy current) {
		var title = new H2(product.name());
		title.setId("page-title");
		var market = new Span(Labels.of(this, product.market()));
		market.addClassName("badge");
		var history = new RouterLink(getTranslation("strategy.history"), StrategyHistoryView.class,
				parameters(product));
		var export = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/markdown", bytes.length);
		}), getTranslation("strategy.export"));
		export.setId("export-markdown");
		var print = new Button(getTranslation("strategy.print"), VaadinIcon.PRINT.create(),
				click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
		print.addThemeVariants(ButtonVariant.TERTIARY);
		var actions = new HorizontalLayout(history, export, print);
		actions.addClassName("no-print");
		actions.setAlignItems(Alignment.BASELINE);
		if (Permissions.canEdit()) {
			var edit = new Button(getTranslation(current == null ? "strategy.write" : "strategy.edit"),
					VaadinIcon.EDIT.create(),
					click -> new StrategyDialog(strategy, product, current, this::render).open());
			edit.setId("edit-strategy");
			edit.addThemeVariants(ButtonVariant.PRIMARY);
			actions.addComponentAsFirst(edit);
		}
		var header = new HorizontalLayout(title, market, actions);
		header.setAlignItems(Alignment.BASELINE);
		header.setWidthFull();
		header.setFlexGrow(1, actions);
		return header;
	}

	private Component vision(Strategy current) {
		if (current == null) {
			var empty = new Div(new H3(getTranslation("strategy.empty.title")),
					new Paragraph(getTranslation("strategy.empty.message")));
			empty.addClassName("empty-state");
			empty.setId("strategy-empty");
			return empty;
		}
		var vision = new Paragraph(current.vision());
		vision.addClassName("vision");
		vision.setId("vision");
		return new Div(new H3(getTranslation("strategy.vision")), vision);
	}

	private Component glee(List<GleePhase> phases) {
		var row = new Div();
		row.addClassName("glee");
		for (int i = 0; i < phases.size(); i++) {
			row.add(phaseCard(phases.get(i), i, phases.size()));
		}
		var section = new VerticalLayout(new H3(getTranslation("glee.title")),
				new Paragraph(getTranslation("glee.help")));
		section.setPadding(false);
		if (phases.isEmpty()) {
			section.add(new Paragraph(getTranslation("glee.empty")));
		}
		section.add(row);
		if (Permissions.canEdit()) {
			var add = new Button(getTranslation("glee.add"), VaadinIcon.PLUS.create(),
					click -> new PhaseDialog(strategy, product, null, phases.isEmpty(), this::render).open());
			add.setId("add-phase");
			add.addClassName("no-print");
			section.add(add);
		}
		return section;
	}

	private Component phaseCard(GleePhase phase, int index, int count) {
		var card = new Div();
		card.addClassName("phase");
		card.addClassName("phase-" + phase.status().name().toLowerCase().replace('_', '-'));
		var kind = new H4(Labels.of(this, phase.kind()));
		var status = new Span(Labels.of(this, phase.status()));
		status.addClassName("badge");
		card.add(kind, status, new Paragraph(phase.statement()));
		if (phase.trend() != null) {
			card.add(new Paragraph(getTranslation("glee.trend-is", phase.trend())));
		}
		if (phase.horizon() != null) {
			card.add(new Paragraph(getTranslation("glee.horizon-is", phase.horizon())));
		}
		if (phase.learnings() != null) {
			card.add(new Paragraph(getTranslation("glee.learnings-are", phase.learnings())));
		}
		if (Permissions.canEdit()) {
			var edit = new Button(VaadinIcon.EDIT.create(),
					click -> new PhaseDialog(strategy, product, phase, false, this::render).open());
			edit.setAriaLabel(getTranslation("glee.edit"));
			var earlier = new Button(VaadinIcon.ARROW_LEFT.create(), click -> move(phase, -1));
			earlier.setAriaLabel(getTranslation("glee.earlier"));
			earlier.setEnabled(index > 0);
			var later = new Button(VaadinIcon.ARROW_RIGHT.create(), click -> move(phase, 1));
			later.setAriaLabel(getTranslation("glee.later"));
			later.setEnabled(index < count - 1);
			var tools = new HorizontalLayout(earlier, edit, later);
			tools.addClassName("no-print");
			tools.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE));
			card.add(tools);
		}
		if (phase.status() == PhaseStatus.CURRENT) {
			card.setId("current-phase");
		}
		return card;
	}

	private void move(GleePhase phase, int step) {
		strategy.movePhase(product.id(), phase.id(), step);
		render();
	}

	private Component dhm(Strategy current) {
		var section = new VerticalLayout(new H3(getTranslation("dhm.title")));
		section.setPadding(false);
		if (current == null) {
			return section;
		}
		var parts = new Div(dhmPart("dhm.delight", current.delight()),
				dhmPart("dhm.hard-to-copy", current.hardToCopy()), dhmPart("dhm.margin", current.margin()));
		parts.addClassName("dhm");
		section.add(parts);
		return section;
	}

	private Component dhmPart(String titleKey, String text) {
		var card = new Div(new H4(getTranslation(titleKey)), new Paragraph(text));
		card.addClassName("dhm-part");
		return card;
	}

	private Component smt(List<StrategyTheory> theories, List<Hypothesis> tactics, List<RoadmapItem> items) {
		var section = new VerticalLayout(new H3(getTranslation("smt.title")),
				new Paragraph(getTranslation("smt.help")));
		section.setPadding(false);
		if (theories.isEmpty()) {
			section.add(new Paragraph(getTranslation("smt.empty")));
		}
		else {
			var table = new Div(smtHeader());
			table.addClassName("smt");
			table.setId("smt");
			Map<UUID, List<Hypothesis>> byTheory = tactics.stream()
				.filter(h -> h.theoryId() != null)
				.collect(Collectors.groupingBy(Hypothesis::theoryId));
			theories.forEach(theory -> table.add(smtRow(theory, byTheory.getOrDefault(theory.id(), List.of()),
					items.stream().filter(i -> theory.id().equals(i.theoryId())).toList())));
			section.add(table);
		}
		if (Permissions.canEdit()) {
			var add = new Button(getTranslation("theory.add"), VaadinIcon.PLUS.create(),
					click -> new TheoryDialog(strategy, product, null, this::render).open());
			add.setId("add-theory");
			add.addClassName("no-print");
			section.add(add);
		}
		return section;
	}

	private Component smtHeader() {
		var row = new Div(new Span(getTranslation("smt.strategy")), new Span(getTranslation("smt.metric")),
				new Span(getTranslation("smt.tactics")));
		row.addClassNames("smt-row", "smt-head");
		return row;
	}

	private Component smtRow(StrategyTheory theory, List<Hypothesis> tests, List<RoadmapItem> items) {
		var strategyCell = new Div(new H4(theory.title()), new Span(Labels.of(this, theory.advantage())));
		if (theory.description() != null) {
			strategyCell.add(new Paragraph(theory.description()));
		}
		if (theory.clientWording() != null) {
			var forClients = new Paragraph(getTranslation("theory.client-wording.shown", theory.clientWording()));
			forClients.addClassName("meta");
			strategyCell.add(forClients);
		}
		if (Permissions.canEdit()) {
			var edit = new Button(getTranslation("theory.edit"),
					click -> new TheoryDialog(strategy, product, theory, this::render).open());
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			edit.addClassName("no-print");
			strategyCell.add(edit);
		}
		var metric = theory.metric();
		var metricCell = new Div(new H4(metric.name()));
		if (metric.current() != null) {
			metricCell.add(new Paragraph(
					getTranslation("metric.current-is", metric.current().stripTrailingZeros().toPlainString()
							+ (metric.unit() == null ? "" : " " + metric.unit()))));
		}
		if (metric.definition() != null) {
			metricCell.add(new Paragraph(metric.definition()));
		}
		var tacticsCell = new Div(new Paragraph(statusSummary(tests)));
		tests.stream().limit(8).forEach(h -> {
			var link = new RouterLink(h.statement(), com.throughline.hypothesis.ui.HypothesisView.class,
					com.throughline.hypothesis.ui.HypothesisView.parameters(h.id()));
			var status = new Span(Labels.of(this, h.status()));
			status.addClassName("badge");
			tacticsCell.add(new Div(status, link));
		});
		items.forEach(item -> {
			var kind = new Span(getTranslation("smt.roadmap-item"));
			kind.addClassName("badge");
			tacticsCell.add(new Div(kind, new Span(item.title() + " · "
					+ (item.quarter() == null ? getTranslation("roadmap.later") : item.quarter().toString()))));
		});
		var row = new Div(strategyCell, metricCell, tacticsCell);
		row.addClassName("smt-row");
		return row;
	}

	private String statusSummary(List<Hypothesis> tests) {
		if (tests.isEmpty()) {
			return getTranslation("smt.no-tactics");
		}
		Map<HypothesisStatus, Long> counts = new EnumMap<>(HypothesisStatus.class);
		tests.forEach(h -> counts.merge(h.status(), 1L, Long::sum));
		return counts.entrySet()
			.stream()
			.map(e -> e.getValue() + " " + Labels.of(this, e.getKey()))
			.collect(Collectors.joining(" · "));
	}

	private String fileName() {
		return product.name().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase() + "-strategy.md";
	}

	@Override
	public String getPageTitle() {
		return product == null ? getTranslation("nav.products") : product.name();
	}

}
