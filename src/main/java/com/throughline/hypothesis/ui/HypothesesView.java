package com.throughline.hypothesis.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;

import com.throughline.hypothesis.domain.HypothesisChanges;
import com.throughline.hypothesis.domain.HypothesisFilter;
import com.throughline.hypothesis.domain.HypothesisRow;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisSort;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.LiveUpdates;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.platform.ui.StaticContent;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.StrategyTheory;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Every hypothesis of the workspace in a grid paged, sorted and filtered in SQL, so it
 * stays fast with tens of thousands of rows. Teammates' changes show up live.
 */
@Route(value = "hypotheses", layout = MainLayout.class)
@Menu(title = "nav.hypotheses", order = 20, icon = "vaadin:lightbulb")
@RolesAllowed("VIEWER")
public class HypothesesView extends VerticalLayout implements HasDynamicTitle {

	static final int ROWS_PER_PAGE = 25;

	/** The "More filters" button, read in the browser: it is static HTML. */
	static final String MORE_FILTERS = StaticContent.buttonClicked("more-filters");

	private final HypothesisService hypotheses;

	private final Grid<HypothesisRow> grid = new Grid<>();

	private final ComboBox<HypothesisStatus> status = new ComboBox<>();

	private final TextField text = new TextField();

	private final FlexLayout filters = new FlexLayout();

	/**
	 * Made when someone asks for them: most visits search or narrow by status, and a
	 * combo box is one of the page's heaviest components, held for as long as it is open.
	 */
	private @Nullable ComboBox<Product> product;

	private @Nullable ComboBox<StrategyTheory> theory;

	private @Nullable ComboBox<Member> owner;

	private @Nullable ComboBox<TestMethod> method;

	public HypothesesView(HypothesisService hypotheses, StrategyService strategy, WorkspaceService workspace,
			HypothesisChanges changes) {
		this.hypotheses = hypotheses;
		addClassName("page");
		setSizeFull();
		var create = new Button(getTranslation("hypothesis.create"), VaadinIcon.PLUS.create(),
				click -> new HypothesisDialog(hypotheses, strategy, workspace, null,
						saved -> getUI()
							.ifPresent(ui -> ui.navigate(HypothesisView.class, HypothesisView.parameters(saved.id()))))
					.open());
		create.setId("create-hypothesis");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setVisible(Permissions.canEdit());
		var board = new RouterLink(getTranslation("hypothesis.board"), HypothesisBoardView.class);
		var header = new HorizontalLayout(new H2(getTranslation("nav.hypotheses")), create, board);
		header.setAlignItems(Alignment.BASELINE);
		configureFilters(strategy, workspace);
		configureGrid();
		add(header, filters, grid);
		LiveUpdates.whileAttached(this, listener -> changes.subscribe(ActiveWorkspace.tenantId(), listener),
				id -> refresh());
	}

	private void configureFilters(StrategyService strategy, WorkspaceService workspace) {
		text.setId("filter-text");
		text.setPlaceholder(getTranslation("action.search"));
		text.setAriaLabel(getTranslation("action.search"));
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.addValueChangeListener(change -> refresh());
		// A combo box, not a select: a select's every option is a component of its own.
		status.setId("filter-status");
		status.setPlaceholder(getTranslation("hypothesis.any-status"));
		status.setItems(HypothesisStatus.values());
		status.setItemLabelGenerator(s -> Labels.of(this, s));
		status.setClearButtonVisible(true);
		status.addValueChangeListener(change -> refresh());
		var more = StaticContent.block("more-filters-bar")
			.button(getTranslation("hypothesis.more-filters"), "more-filters", true, "more-filters")
			.toComponent();
		more.getElement().addEventListener("click", click -> {
			filters.remove(more);
			showMoreFilters(strategy, workspace);
		}).setFilter(MORE_FILTERS);
		filters.add(text, status, more);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filters.addClassName("filters");
	}

	private void showMoreFilters(StrategyService strategy, WorkspaceService workspace) {
		product = filter("filter-product", "hypothesis.product");
		product.setItems(strategy.products());
		product.setItemLabelGenerator(Product::name);
		theory = filter("filter-theory", "hypothesis.theory");
		theory.setItems(strategy.allTheories());
		theory.setItemLabelGenerator(StrategyTheory::title);
		owner = filter("filter-owner", "hypothesis.owner");
		// Paged and searched in SQL: a company may have hundreds of members.
		owner.setItems(
				query -> workspace.members(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
				query -> workspace.memberCount(query.getFilter().orElse("")));
		owner.setItemLabelGenerator(Member::displayName);
		method = filter("filter-method", "hypothesis.any-method");
		method.setItems(TestMethod.values());
		method.setItemLabelGenerator(m -> Labels.of(this, m));
		filters.add(product, theory, owner, method);
		product.focus();
	}

	private <T> ComboBox<T> filter(String id, String placeholderKey) {
		var filter = new ComboBox<T>();
		filter.setId(id);
		filter.setPlaceholder(getTranslation(placeholderKey));
		filter.setClearButtonVisible(true);
		filter.addValueChangeListener(change -> refresh());
		return filter;
	}

	private void configureGrid() {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		LocalDate today = LocalDate.now();
		grid.setId("hypotheses");
		grid.addColumn(HypothesisRow::statement)
			.setHeader(getTranslation("hypothesis.statement"))
			.setKey(HypothesisSort.STATEMENT.name())
			.setSortable(true)
			.setTooltipGenerator(HypothesisRow::statement)
			.setWidth("26rem")
			.setFlexGrow(4);
		grid.addColumn(HypothesisRow::productName).setHeader(getTranslation("hypothesis.product")).setAutoWidth(true);
		grid.addColumn(h -> h.theoryTitle() == null ? "" : h.theoryTitle())
			.setHeader(getTranslation("hypothesis.theory"))
			.setTooltipGenerator(h -> h.theoryTitle() == null ? "" : h.theoryTitle())
			.setWidth("12rem");
		grid.addColumn(h -> Labels.of(this, h.status()))
			.setHeader(getTranslation("hypothesis.status"))
			.setKey(HypothesisSort.STATUS.name())
			.setSortable(true)
			.setAutoWidth(true);
		grid.addColumn(h -> h.ownerName() == null ? "" : h.ownerName()).setHeader(getTranslation("hypothesis.owner"));
		grid.addColumn(h -> h.method() == null ? "" : Labels.of(this, h.method()))
			.setHeader(getTranslation("hypothesis.method"));
		grid.addColumn(h -> h.deadline() == null ? ""
				: dates.format(h.deadline()) + (h.overdue(today) ? " · " + getTranslation("hypothesis.overdue") : ""))
			.setHeader(getTranslation("hypothesis.deadline"))
			.setKey(HypothesisSort.DEADLINE.name())
			.setSortable(true)
			.setAutoWidth(true);
		grid.setEmptyStateText(getTranslation("hypothesis.empty"));
		grid.setItems(query -> {
			var order = query.getSortOrders().stream().findFirst();
			var sort = order.map(o -> HypothesisSort.valueOf(o.getSorted())).orElse(HypothesisSort.UPDATED);
			boolean ascending = order.map(o -> o.getDirection() == SortDirection.ASCENDING).orElse(false);
			return hypotheses.page(filter(), sort, ascending, query.getOffset(), query.getLimit()).stream();
		}, query -> hypotheses.count(filter()))
			// A row is its hypothesis, whatever changed in it.
			.setIdentifierProvider(HypothesisRow::id);
		GridRows.oneQueryPerViewport(grid);
		// A page about as tall as a screen (Vaadin's default is 50 rows): the server
		// renders and keeps every row it sends, and a browser asks for two pages.
		grid.setPageSize(ROWS_PER_PAGE);
		// A click may name a row the grid dropped since (after a filter): no item then.
		grid.addItemClickListener(click -> java.util.Optional.ofNullable(click.getItem())
			.ifPresent(item -> getUI()
				.ifPresent(ui -> ui.navigate(HypothesisView.class, HypothesisView.parameters(item.id())))));
		grid.setMultiSort(false);
	}

	HypothesisFilter filter() {
		return new HypothesisFilter(valueOf(product, Product::id), valueOf(theory, StrategyTheory::id),
				status.getValue(), valueOf(owner, Member::accountId), valueOf(method, m -> m), text.getValue());
	}

	private static <T, V> @Nullable V valueOf(@Nullable ComboBox<T> filter, Function<T, V> value) {
		return filter == null || filter.getValue() == null ? null : value.apply(filter.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.hypotheses");
	}

}
