package com.throughline.segment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Apache ECharts ({@code frontend/segment-chart.js}). The
 * server hands it all the data and every text as one JSON property, {@code chart}: a
 * {@link RevenueChart} or a {@link PriceVolumeChart}. The browser only lays them out.
 */
@Tag("segment-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./segment-chart.js")
public class SegmentChart extends Component {

	SegmentChart(String id) {
		setId(id);
	}

	void show(RevenueChart chart) {
		showChart(chart, chart.title());
	}

	void show(PriceVolumeChart chart) {
		showChart(chart, chart.title());
	}

	/** What the browser was handed, read back as {@code type}. */
	<T> T shown(Class<T> type) {
		return getElement().getPropertyBean("chart", type);
	}

	private void showChart(Record chart, String title) {
		getElement().setPropertyBean("chart", chart);
		getElement().setAttribute("aria-label", title);
		getElement().setAttribute("role", "img");
	}

}
