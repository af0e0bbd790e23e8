package com.throughline.roadmap.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.platform.ui.StaticContent;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.roadmap.domain.RoadmapItem;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.segment.domain.SegmentService;
import com.throughline.sharing.domain.ClientInterest;
import com.throughline.sharing.domain.SharingService;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * A product's roadmap as a timeline — the next four quarters and Later, cards ordered by
 * drag and drop — or as a grid. Items left in a past quarter without shipping are
 * flagged.
 */
@Route(value = "roadmap", layout = MainLayout.class)
@Menu(title = "nav.roadmap", order = 25, icon = "vaadin:road")
@RolesAllowed("VIEWER")
public class RoadmapView extends VerticalLayout implements HasDynamicTitle {

	private final RoadmapService roadmap;

	private final StrategyService strategy;

	private final HypothesisService hypotheses;

	private final SharingService sharing;

	private final SegmentService segments;

	private Map<UUID, List<ClientInterest>> interest = Map.of();

	private final Select<Product> product = new Select<>();

	private final Tabs views = new Tabs();

	private final Tab timelineTab = new Tab();

	private final Div content = new Div();

	private @Nullable RoadmapItem dragged;

	/**
	 * Cards a column shows until someone asks for all: a session holds every card it
	 * renders, and a product may have a thousand items.
	 */
	static final int CARDS_SHOWN = 25;

	private final Set<String> expandedColumns = new HashSet<>();

	public RoadmapView(RoadmapService roadmap, StrategyService strategy, HypothesisService hypotheses,
			SharingService sharing, SegmentService segments) {
		this.segments = segments;
		this.sharing = sharing;
		this.roadmap = roadmap;
		this.strategy = strategy;
		this.hypotheses = hypotheses;
		addClassName("page");
		var products = strategy.products();
		product.setId("roadmap-product");
		product.setLabel(getTranslation("hypothesis.product"));
		product.setItems(products);
		product.setItemLabelGenerator(Product::name);
		product.addValueChangeListener(change -> {
			expandedColumns.clear();
			render();
		});
		timelineTab.setLabel(getTranslation("roadmap.timeline"));
		var gridTab = new Tab(getTranslation("roadmap.grid"));
		views.add(timelineTab, gridTab);
		views.addSelectedChangeListener(change -> render());
		var create = new Button(getTranslation("roadmap.create"), VaadinIcon.PLUS.create(), click -> edit(null));
		create.setId("create-item");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setVisible(Permissions.canEdit() && !products.isEmpty());
		var header = new HorizontalLayout(new H2(getTranslation("nav.roadmap")), product, create);
		header.setAlignItems(Alignment.BASELINE);
		content.setWidthFull();
		add(header, views, content);
		if (products.isEmpty()) {
			content.add(new Paragraph(getTranslation("roadmap.no-products")));
		}
		else {
			product.setValue(products.getFirst());
		}
	}

	private void render() {
		content.removeAll();
		if (product.getValue() == null) {
			return;
		}
		var items = roadmap.items(product.getValue().id());
		interest = sharing.interest(product.getValue().id());
		content.add(views.getSelectedTab() == timelineTab ? timeline(items) : grid(items));
	}

	private Component timeline(List<RoadmapItem> items) {
		LocalDate today = roadmap.today();
		var window = roadmap.window();
		var board = new Div();
		board.addClassName("board");
		board.setId("timeline");
		var slipped = items.stream().filter(i -> i.quarter() != null && i.quarter().before(window.getFirst())).toList();
		if (!slipped.isEmpty()) {
			board.add(column("roadmap.earlier", null, slipped, today, false));
		}
		window.forEach(q -> board
			.add(column(q.toString(), q, items.stream().filter(i -> q.equals(i.quarter())).toList(), today, true)));
		board.add(column("roadmap.later", null, items.stream().filter(i -> i.quarter() == null).toList(), today, true));
		if (items.isEmpty()) {
			return new Div(new Paragraph(getTranslation("roadmap.empty")), board);
		}
		return board;
	}

	private Div column(String titleOrKey, @Nullable Quarter quarter, List<RoadmapItem> items, LocalDate today,
			boolean droppable) {
		String title = titleOrKey.startsWith("roadmap.") ? getTranslation(titleOrKey) : titleOrKey;
		var column = new Div(new H4(title + " (" + items.size() + ")"));
		column.addClassName("board-column");
		String id = "column-"
				+ (quarter == null ? titleOrKey.replace("roadmap.", "") : quarter.year() + "-q" + quarter.number());
		column.setId(id);
		boolean all = items.size() <= CARDS_SHOWN || expandedColumns.contains(id);
		(all ? items : items.subList(0, CARDS_SHOWN)).forEach(item -> column.add(card(item, today)));
		if (!all) {
			var more = new Button(getTranslation("roadmap.show-all", items.size()), click -> {
				expandedColumns.add(id);
				render();
			});
			more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			more.addClassNames("show-all", "no-print");
			column.add(more);
		}
		if (droppable && Permissions.canEdit()) {
			var target = DropTarget.create(column);
			target.addDropListener(drop -> {
				if (dragged != null && drop.getComponent() == column) {
					move(dragged, quarter, null);
				}
			});
		}
		return column;
	}

	/**
	 * A card: what it says is {@link StaticContent} (a timeline shows up to 125 of them);
	 * the card itself opens the item and, for editors, drags and takes drops.
	 */
	private Div card(RoadmapItem item, LocalDate today) {
		var content = StaticContent.block("card-content")
			.add("span", item.title(), "card-title")
			.add("span", Labels.of(this, item.status()), "badge");
		if (item.theoryTitle() != null) {
			content.add("span", getTranslation("roadmap.why", item.theoryTitle()), "meta");
		}
		if (item.slipped(today)) {
			content.add("span", getTranslation("roadmap.slipped"), "badge", "overdue");
		}
		var clients = interest.getOrDefault(item.id(), List.of());
		if (!clients.isEmpty()) {
			var value = clients.stream()
				.map(ClientInterest::annualContractValue)
				.filter(java.util.Objects::nonNull)
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
			content.add("span",
					getTranslation("roadmap.interest", clients.size(),
							String.join(", ", clients.stream().map(ClientInterest::clientName).toList()),
							value.stripTrailingZeros().toPlainString()),
					"badge", "status-testing");
		}
		if (!item.shareable()) {
			content.add("span", getTranslation("roadmap.not-shareable"), "meta");
		}
		var card = new Div(content.toComponent());
		card.addClassName("board-card");
		card.addClickListener(click -> edit(item));
		if (Permissions.canEdit()) {
			var source = DragSource.create(card);
			source.addDragStartListener(start -> dragged = item);
			source.addDragEndListener(end -> dragged = null);
			var before = DropTarget.create(card);
			before.addDropListener(drop -> {
				if (dragged != null && !dragged.id().equals(item.id())) {
					move(dragged, item.quarter(), item.id());
				}
			});
		}
		return card;
	}

	private void move(RoadmapItem item, @Nullable Quarter quarter, @Nullable UUID before) {
		roadmap.move(item.id(), quarter, before);
		dragged = null;
		render();
	}

	private Component grid(List<RoadmapItem> items) {
		var grid = new Grid<RoadmapItem>();
		grid.setId("roadmap-grid");
		LocalDate today = roadmap.today();
		grid.addColumn(RoadmapItem::title).setHeader(getTranslation("roadmap.title")).setFlexGrow(3);
		grid.addColumn(i -> i.quarter() == null ? getTranslation("roadmap.later")
				: i.quarter().toString() + (i.slipped(today) ? " · " + getTranslation("roadmap.slipped") : ""))
			.setHeader(getTranslation("roadmap.quarter"))
			.setAutoWidth(true);
		grid.addColumn(i -> Labels.of(this, i.status())).setHeader(getTranslation("roadmap.status"));
		grid.addColumn(i -> Labels.of(this, i.confidence())).setHeader(getTranslation("roadmap.confidence"));
		grid.addColumn(i -> i.theoryTitle() == null ? "" : i.theoryTitle())
			.setHeader(getTranslation("hypothesis.theory"));
		grid.addColumn(i -> getTranslation(i.shareable() ? "roadmap.shareable" : "roadmap.not-shareable"))
			.setHeader(getTranslation("roadmap.sharing"));
		GridRows.show(grid, items);
		grid.setEmptyStateText(getTranslation("roadmap.empty"));
		grid.addItemClickListener(click -> edit(click.getItem()));
		return grid;
	}

	private void edit(@Nullable RoadmapItem item) {
		if (!Permissions.canEdit() || product.getValue() == null) {
			return;
		}
		var selected = product.getValue();
		new RoadmapItemDialog(roadmap, segments, selected, strategy.theories(selected.id()),
				hypotheses.ofProduct(selected.id()), item, saved -> render())
			.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.roadmap");
	}

}
