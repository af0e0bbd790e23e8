package com.throughline.segment.ui;

import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.segment.domain.SalesThresholds;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Segments side by side: tier, price, count, revenue, customers needed and the sales
 * motion the price point calls for, then charted: revenue per segment, and price against
 * count with the iso-revenue lines of the targets. Admins adjust where the motions
 * change.
 */
@Route(value = "segments", layout = MainLayout.class)
@Menu(title = "nav.segments", order = 30, icon = "vaadin:pie-chart")
@RolesAllowed("VIEWER")
public class SegmentsView extends VerticalLayout implements HasDynamicTitle {

	private final SegmentService segments;

	private final Grid<Segment> grid = new Grid<>();

	private final Checkbox showArchived = new Checkbox();

	private final Paragraph empty = new Paragraph();

	private final SegmentChart revenueChart = new SegmentChart("revenue-chart");

	private final SegmentChart priceVolumeChart = new SegmentChart("price-volume-chart");

	private final Div charts = new Div(revenueChart, priceVolumeChart);

	private final Paragraph nothingToChart = new Paragraph();

	private final SegmentCharts chartData;

	private SalesThresholds thresholds;

	private final String currency;

	public SegmentsView(SegmentService segments) {
		this.segments = segments;
		this.thresholds = segments.thresholds();
		this.currency = segments.currency();
		this.chartData = new SegmentCharts(this, this::getLocale, currency);
		addClassName("page");
		var create = new Button(getTranslation("segment.create"), VaadinIcon.PLUS.create(),
				click -> getUI().ifPresent(ui -> ui.navigate(SegmentEditorView.class)));
		create.setId("create-segment");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setVisible(Permissions.canEdit());
		var check = new RouterLink(getTranslation("qualification.title"), QualificationView.class);
		var header = new HorizontalLayout(new H2(getTranslation("nav.segments")), create, check);
		header.setAlignItems(Alignment.BASELINE);
		showArchived.setLabel(getTranslation("segment.show-archived"));
		showArchived.addValueChangeListener(change -> refresh());
		empty.addClassName("empty-state");
		empty.setText(getTranslation(Permissions.canEdit() ? "segment.empty.editor" : "segment.empty.viewer"));
		configureGrid();
		charts.addClassName("segment-charts");
		nothingToChart.setId("nothing-to-chart");
		nothingToChart.setText(getTranslation("segment.chart.no-data"));
		add(header, new Paragraph(getTranslation("segment.help")), showArchived, empty, grid, charts, nothingToChart);
		if (Permissions.has(Role.ADMIN)) {
			add(thresholdsEditor());
		}
		refresh();
	}

	private void configureGrid() {
		grid.setId("segments");
		grid.addColumn(chartData::nameOf).setHeader(getTranslation("segment.name")).setAutoWidth(true);
		grid.addColumn(s -> Labels.of(this, s.tier())).setHeader(getTranslation("segment.tier"));
		grid.addColumn(s -> s.economics().pricePerYear() == null ? "—"
				: Money.format(s.economics().pricePerYear(), currency, getLocale()) + " "
						+ Labels.of(this, s.economics().unit()))
			.setHeader(getTranslation("segment.price"))
			.setAutoWidth(true);
		grid.addColumn(
				s -> s.economics().reachable() == null ? "—" : Money.number(s.economics().reachable(), getLocale()))
			.setHeader(getTranslation("segment.reachable"))
			.setAutoWidth(true);
		grid.addColumn(s -> s.economics().annualRevenue().map(r -> Money.format(r, currency, getLocale())).orElse("—"))
			.setHeader(getTranslation("segment.revenue"))
			.setAutoWidth(true);
		grid.addColumn(s -> s.economics().customersNeeded().map(n -> Money.number(n, getLocale())).orElse("—"))
			.setHeader(getTranslation("segment.customers-needed"))
			.setAutoWidth(true);
		grid.addColumn(s -> s.economics().salesMotion(thresholds).map(m -> Labels.of(this, m)).orElse("—"))
			.setHeader(getTranslation("segment.sales-motion"))
			.setAutoWidth(true);
		grid.addItemClickListener(click -> getUI()
			.ifPresent(ui -> ui.navigate(SegmentView.class, SegmentView.parameters(click.getItem().id()))));
	}

	private Component thresholdsEditor() {
		var selfServe = new BigDecimalField(getTranslation("segment.threshold.self-serve"));
		selfServe.setId("self-serve-below");
		selfServe.setValue(thresholds.selfServeBelow());
		var field = new BigDecimalField(getTranslation("segment.threshold.field"));
		field.setId("field-sales-from");
		field.setValue(thresholds.fieldSalesFrom());
		var save = new Button(getTranslation("action.save"), click -> {
			try {
				thresholds = segments.updateThresholds(
						new SalesThresholds(selfServe.getValue(), field.getValue(), thresholds.version()));
				Feedback.success(this, "segment.threshold.saved");
				refresh();
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex, Map.of("selfServeBelow", selfServe, "fieldSalesFrom", field));
			}
			catch (ConcurrentEditException ex) {
				thresholds = segments.thresholds();
				selfServe.setValue(thresholds.selfServeBelow());
				field.setValue(thresholds.fieldSalesFrom());
				Feedback.problem(this, "edit.conflict");
			}
		});
		save.setId("save-thresholds");
		var row = new HorizontalLayout(selfServe, field, save);
		row.setAlignItems(Alignment.BASELINE);
		var box = new VerticalLayout(new H3(getTranslation("segment.thresholds")),
				new Paragraph(getTranslation("segment.thresholds.help")), row);
		box.setPadding(false);
		return box;
	}

	private void refresh() {
		var list = segments.segments(showArchived.getValue());
		GridRows.show(grid, list);
		grid.setVisible(!list.isEmpty());
		empty.setVisible(list.isEmpty());
		var revenue = chartData.revenue(list);
		var priceVolume = chartData.priceVolume(list);
		revenueChart.show(revenue);
		revenueChart.setVisible(!revenue.bars().isEmpty());
		priceVolumeChart.show(priceVolume);
		priceVolumeChart.setVisible(!priceVolume.isEmpty());
		charts.setVisible(revenueChart.isVisible() || priceVolumeChart.isVisible());
		nothingToChart.setVisible(!list.isEmpty() && !charts.isVisible());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.segments");
	}

}
