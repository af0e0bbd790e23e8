package com.throughline.segment.ui;

import java.util.List;

/**
 * The price-versus-count picture on log-log axes: each segment at (price per year,
 * reachable count) and at (price per year, customers needed for its revenue target), with
 * one iso-revenue line per revenue target through the "five ways" to reach it: 100,000 ×
 * target/100,000 down to 10 × target/10.
 */
record PriceVolumeChart(String kind, String title, String priceAxis, String countAxis, String currency, String locale,
		List<Series> series, List<Series> references) {

	static final String KIND = "price-volume";

	PriceVolumeChart(String title, String priceAxis, String countAxis, String currency, String locale,
			List<Series> series, List<Series> references) {
		this(KIND, title, priceAxis, countAxis, currency, locale, series, references);
	}

	boolean isEmpty() {
		return series.stream().allMatch(s -> s.points().isEmpty());
	}

	/** A legend entry: segment points, or the points of one reference line. */
	record Series(String name, List<Point> points) {
	}

	/** {@code label} is the segment's name; empty on a reference line. */
	record Point(String label, double price, double count, String tooltip) {
	}

}
