package com.throughline.strategy.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.throughline.platform.ui.MainLayout;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.Strategy;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Two versions of a product's strategy side by side: what changed, who saved it, when.
 */
@Route(value = "products/:productId/history", layout = MainLayout.class)
@RolesAllowed("VIEWER")
public class StrategyHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final StrategyService strategy;

	private final Select<Strategy> left = new Select<>();

	private final Select<Strategy> right = new Select<>();

	private final Div comparison = new Div();

	private Product product;

	public StrategyHistoryView(StrategyService strategy) {
		this.strategy = strategy;
		addClassName("page");
		var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
		for (var select : List.of(left, right)) {
			select.setItemLabelGenerator(s -> getTranslation("strategy.version-label", s.number(),
					s.author() == null ? "" : s.author(), when.format(s.savedAt())));
			select.addValueChangeListener(change -> compare());
			select.setWidth("24rem");
		}
		left.setId("older-version");
		left.setLabel(getTranslation("strategy.older"));
		right.setId("newer-version");
		right.setLabel(getTranslation("strategy.newer"));
		comparison.addClassName("comparison");
		comparison.setId("comparison");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		product = strategy.product(ProductIds.from(event));
		var versions = strategy.history(product.id());
		removeAll();
		add(new H2(getTranslation("strategy.history-of", product.name())), new RouterLink(
				getTranslation("strategy.back"), StrategyCanvasView.class, StrategyCanvasView.parameters(product)));
		if (versions.isEmpty()) {
			add(new Paragraph(getTranslation("strategy.history.empty")));
			return;
		}
		left.setItems(versions);
		right.setItems(versions);
		right.setValue(versions.getFirst());
		left.setValue(versions.size() > 1 ? versions.get(1) : versions.getFirst());
		add(new HorizontalLayout(left, right), comparison);
	}

	private void compare() {
		comparison.removeAll();
		if (left.getValue() == null || right.getValue() == null) {
			return;
		}
		row("strategy.vision", Strategy::vision);
		row("dhm.delight", Strategy::delight);
		row("dhm.hard-to-copy", Strategy::hardToCopy);
		row("dhm.margin", Strategy::margin);
	}

	private void row(String labelKey, Function<Strategy, String> part) {
		String before = part.apply(left.getValue());
		String after = part.apply(right.getValue());
		var row = new Div(new H4(getTranslation(labelKey)), new Paragraph(before), new Paragraph(after));
		row.addClassName("comparison-row");
		if (!Objects.equals(before, after)) {
			row.addClassName("changed");
			var changed = new Span(getTranslation("strategy.changed"));
			changed.addClassName("badge");
			row.add(changed);
		}
		comparison.add(row);
	}

	@Override
	public String getPageTitle() {
		return product == null ? getTranslation("strategy.history")
				: getTranslation("strategy.history-of", product.name());
	}

}
