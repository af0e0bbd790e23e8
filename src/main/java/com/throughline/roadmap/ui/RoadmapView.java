package com.throughline.roadmap.ui;

import java.time.LocalDate;
import java.util.HashMap;
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
import com.throughline.roadmap.domain.BoardColumn;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.dom.DomEvent;
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

	/** A combo box, not a select: a select's every option is a component of its own. */
	private final ComboBox<Product> product = new ComboBox<>();

	private final Tabs views = new Tabs();

	private final Tab timelineTab = new Tab();

	private final Div content = new Div();

	/**
	 * Cards a column shows until someone asks for all: a session holds every card it
	 * renders, and a product may have a thousand items.
	 */
	static final int CARDS_SHOWN = 25;

	/** The column whose "Show all" a click landed on, read in the browser. */
	static final String SHOW_ALL = "event.target.closest('button.show-all')?.dataset.item";

	/** The card a click or a drop landed on, read in the browser. */
	static final String CLICKED_CARD = "event.target.closest('.board-card')?.dataset.item";

	/** The card being dragged, as the drag script put it on the drag. */
	static final String DRAGGED_CARD = "event.dataTransfer.getData('text/plain')";

	/** The column a drop landed on, if items can be planned there. */
	static final String TARGET_COLUMN = "event.target.closest('.board-column[data-plannable]')?.dataset.column";

	/**
	 * Native drag and drop for every card at once: a drag carries its card's item id, and
	 * the columns that take items accept the drop.
	 */
	private static final String DRAG_SCRIPT = """
			this.addEventListener('dragstart', e => {
			  const card = e.target.closest('.board-card[draggable]');
			  if (card) { e.dataTransfer.setData('text/plain', card.dataset.item); e.dataTransfer.effectAllowed = 'move'; }
			});
			this.addEventListener('dragover', e => {
			  if (e.target.closest('.board-column[data-plannable]')) { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }
			});
			""";

	private final Set<BoardColumn.Key> expandedColumns = new HashSet<>();

	/** The columns shown, by the id the page gives them. */
	private final Map<String, BoardColumn.Key> columns = new HashMap<>();

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
			if (change.getValue() == null && change.getOldValue() != null) {
				product.setValue(change.getOldValue());
				return;
			}
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
		listenToBoard();
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
		columns.clear();
		if (product.getValue() == null) {
			return;
		}
		var productId = product.getValue().id();
		if (views.getSelectedTab() == timelineTab) {
			content.add(timeline(roadmap.board(productId, CARDS_SHOWN, expandedColumns), sharing.interest(productId)));
		}
		else {
			content.add(grid(productId));
		}
	}

	/**
	 * The whole timeline is one element's HTML — columns, cards and their "Show all"
	 * buttons: the board listens for clicks and drops once, for everything on it.
	 */
	private Component timeline(List<BoardColumn> board, Map<UUID, List<ClientInterest>> interest) {
		LocalDate today = roadmap.today();
		var columnsShown = StaticContent.block("board");
		board.forEach(column -> columnsShown.add(column(column, today, interest)));
		var timeline = columnsShown.toComponent();
		timeline.setId("timeline");
		if (board.stream().allMatch(column -> column.size() == 0)) {
			return new Div(new Paragraph(getTranslation("roadmap.empty")), timeline);
		}
		return timeline;
	}

	private StaticContent column(BoardColumn column, LocalDate today, Map<UUID, List<ClientInterest>> interest) {
		var key = column.key();
		String title = switch (key.kind()) {
			case EARLIER -> getTranslation("roadmap.earlier");
			case LATER -> getTranslation("roadmap.later");
			case QUARTER -> key.quarter().toString();
		};
		var shown = StaticContent.block("board-column")
			.attr("id", "column-" + key.id())
			.attr("data-column", key.id())
			.add("h4", title + " (" + column.size() + ")");
		if (key.plannable() && Permissions.canEdit()) {
			shown.attr("data-plannable", "true");
		}
		columns.put(key.id(), key);
		column.items().forEach(item -> shown.add(card(item, key, today, interest.getOrDefault(item.id(), List.of()))));
		if (column.partial()) {
			shown.button(getTranslation("roadmap.show-all", column.size()), key.id(), true, "show-all", "no-print");
		}
		return shown;
	}

	/**
	 * A card is {@link StaticContent} naming its item, and a column's cards are one
	 * element's HTML: the board listens for clicks and drops once, for all cards (a
	 * timeline shows up to 150 of them).
	 */
	private StaticContent card(RoadmapItem item, BoardColumn.Key column, LocalDate today,
			List<ClientInterest> clients) {
		var content = StaticContent.block("board-card")
			.add("span", item.title(), "card-title")
			.add("span", Labels.of(this, item.status()), "badge");
		if (column.equals(BoardColumn.Key.LATER) && item.quarter() != null) {
			content.add("span", getTranslation("roadmap.planned-for", item.quarter().toString()), "meta");
		}
		if (item.theoryTitle() != null) {
			content.add("span", getTranslation("roadmap.why", item.theoryTitle()), "meta");
		}
		if (item.slipped(today)) {
			content.add("span", getTranslation("roadmap.slipped"), "badge", "overdue");
		}
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
		content.attr("data-item", item.id().toString());
		if (Permissions.canEdit()) {
			content.attr("draggable", "true");
		}
		return content;
	}

	/**
	 * Everyone shows a long column whole by its "Show all"; editors open a card by
	 * clicking it and plan by dragging it onto a column or a card.
	 */
	private void listenToBoard() {
		var board = content.getElement();
		board.addEventListener("click", this::showAll).addEventData(SHOW_ALL).setFilter(SHOW_ALL + " != null");
		if (!Permissions.canEdit()) {
			return;
		}
		board.addEventListener("click", click -> StaticContent.itemNamed(click, CLICKED_CARD).ifPresent(this::open))
			.addEventData(CLICKED_CARD)
			.setFilter(CLICKED_CARD + " != null");
		board.addEventListener("drop", this::dropped)
			.addEventData(DRAGGED_CARD)
			.addEventData(CLICKED_CARD)
			.addEventData(TARGET_COLUMN)
			.setFilter(TARGET_COLUMN + " != null")
			.preventDefault();
		board.executeJs(DRAG_SCRIPT);
	}

	private void showAll(DomEvent click) {
		var column = columns.get(click.getEventData().path(SHOW_ALL).asString(""));
		if (column != null) {
			expandedColumns.add(column);
			render();
		}
	}

	private void dropped(DomEvent drop) {
		var column = columns.get(drop.getEventData().path(TARGET_COLUMN).asString(""));
		var moved = StaticContent.itemNamed(drop, DRAGGED_CARD);
		var before = StaticContent.itemNamed(drop, CLICKED_CARD);
		if (column != null && column.plannable() && moved.isPresent() && !moved.equals(before)) {
			roadmap.move(moved.get(), column.quarter(), before.orElse(null));
			render();
		}
	}

	private Component grid(UUID productId) {
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
		GridRows.showPaged(grid, roadmap.count(productId), (offset, limit) -> roadmap.page(productId, offset, limit));
		grid.setEmptyStateText(getTranslation("roadmap.empty"));
		grid.addItemClickListener(click -> edit(click.getItem()));
		return grid;
	}

	private void open(UUID itemId) {
		edit(roadmap.get(itemId));
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
