package com.throughline.segment.ui;

import java.util.List;

/**
 * The bar chart of annual revenue: one bar per segment whose revenue can be computed. The
 * amounts are plotted as doubles; {@code tooltip} holds the exact amount as formatted
 * text. {@code currency} and {@code locale} format the axis ticks in the browser.
 */
record RevenueChart(String kind, String title, String valueAxis, String currency, String locale, List<Bar> bars) {

	static final String KIND = "revenue";

	RevenueChart(String title, String valueAxis, String currency, String locale, List<Bar> bars) {
		this(KIND, title, valueAxis, currency, locale, bars);
	}

	record Bar(String segment, double revenue, String tooltip) {
	}

}
