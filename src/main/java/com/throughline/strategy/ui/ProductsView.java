package com.throughline.strategy.ui;

import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The company's products; each opens its strategy canvas. */
@Route(value = "products", layout = MainLayout.class)
@Menu(title = "nav.products", order = 10, icon = "vaadin:package")
@RolesAllowed("VIEWER")
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

	private final StrategyService strategy;

	private final Grid<Product> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	public ProductsView(StrategyService strategy) {
		this.strategy = strategy;
		addClassName("page");
		var create = new Button(getTranslation("product.create"), VaadinIcon.PLUS.create(),
				click -> new ProductDialog(strategy, null, product -> {
					refresh();
					getUI()
						.ifPresent(ui -> ui.navigate(StrategyCanvasView.class, StrategyCanvasView.parameters(product)));
				}).open());
		create.setId("create-product");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setVisible(Permissions.canEdit());
		var header = new HorizontalLayout(new H2(getTranslation("nav.products")), create);
		header.setAlignItems(Alignment.BASELINE);
		grid.setId("products");
		grid.addColumn(Product::name).setHeader(getTranslation("product.name")).setSortable(true);
		grid.addColumn(p -> Labels.of(this, p.market())).setHeader(getTranslation("product.market"));
		grid.addColumn(p -> p.description() == null ? "" : p.description())
			.setHeader(getTranslation("product.description"))
			.setFlexGrow(3);
		grid.addItemClickListener(click -> getUI()
			.ifPresent(ui -> ui.navigate(StrategyCanvasView.class, StrategyCanvasView.parameters(click.getItem()))));
		empty.setText(getTranslation(Permissions.canEdit() ? "product.empty.editor" : "product.empty.viewer"));
		empty.addClassName("empty-state");
		add(header, empty, grid);
		refresh();
	}

	private void refresh() {
		var products = strategy.products();
		GridRows.show(grid, products);
		grid.setVisible(!products.isEmpty());
		empty.setVisible(products.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.products");
	}

}
