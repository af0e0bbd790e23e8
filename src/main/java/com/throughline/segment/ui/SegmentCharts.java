package com.throughline.segment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.throughline.segment.domain.Economics;
import com.throughline.segment.domain.Segment;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * The data of the overview's charts, from the segments the overview lists: every text
 * translated for the reader, every amount in the company's currency. The math stays in
 * {@link Economics}' decimals; amounts become doubles only to be plotted.
 */
final class SegmentCharts {

	/**
	 * The essay's example, drawn when no segment listed has a revenue target of its own.
	 */
	static final BigDecimal EXAMPLE_TARGET = new BigDecimal("5000000");

	/** The counts of the "five ways" to a revenue target: 100,000 buyers down to 10. */
	private static final List<Long> FIVE_WAYS = List.of(100_000L, 10_000L, 1_000L, 100L, 10L);

	private final Component context;

	private final Supplier<Locale> locale;

	private final String currency;

	/** {@code context} translates, in the reader's {@code locale}. */
	SegmentCharts(Component context, Supplier<Locale> locale, String currency) {
		this.context = context;
		this.locale = locale;
		this.currency = currency;
	}

	/** A segment's name as the overview shows it, marked when archived. */
	String nameOf(Segment segment) {
		return segment.name() + (segment.archived() ? " · " + context.getTranslation("segment.archived") : "");
	}

	RevenueChart revenue(List<Segment> segments) {
		var bars = new ArrayList<RevenueChart.Bar>();
		for (Segment segment : segments) {
			segment.economics()
				.annualRevenue()
				.ifPresent(revenue -> bars.add(new RevenueChart.Bar(nameOf(segment), revenue.doubleValue(),
						context.getTranslation("segment.chart.revenue.tooltip", nameOf(segment), money(revenue)))));
		}
		return new RevenueChart(context.getTranslation("segment.chart.revenue.title"),
				context.getTranslation("segment.chart.revenue.axis"), currency, languageTag(), bars);
	}

	PriceVolumeChart priceVolume(List<Segment> segments) {
		var priced = segments.stream().filter(s -> positive(s.economics().pricePerYear())).toList();
		var reachable = points(priced, s -> s.economics().reachable(), (s, count) -> context
			.getTranslation("segment.chart.paths.reachable.tooltip", nameOf(s), price(s), number(count)));
		var needed = points(priced, s -> s.economics().customersNeeded().orElse(null),
				(s, count) -> context.getTranslation("segment.chart.paths.needed.tooltip", nameOf(s), price(s),
						number(count), money(Objects.requireNonNull(s.economics().revenueTarget()))));
		var series = List.of(
				new PriceVolumeChart.Series(context.getTranslation("segment.chart.paths.reachable"), reachable),
				new PriceVolumeChart.Series(context.getTranslation("segment.chart.paths.needed"), needed));
		return new PriceVolumeChart(context.getTranslation("segment.chart.paths.title"),
				context.getTranslation("segment.chart.paths.price-axis"),
				context.getTranslation("segment.chart.paths.count-axis"), currency, languageTag(), series,
				references(priced));
	}

	/** One iso-revenue line per distinct revenue target, smallest first. */
	private List<PriceVolumeChart.Series> references(List<Segment> segments) {
		if (segments.isEmpty()) {
			return List.of();
		}
		var targets = segments.stream()
			.map(s -> s.economics().revenueTarget())
			.filter(SegmentCharts::positive)
			.map(BigDecimal::stripTrailingZeros)
			.distinct()
			.sorted()
			.toList();
		return (targets.isEmpty() ? List.of(EXAMPLE_TARGET) : targets).stream().map(this::isoRevenue).toList();
	}

	private PriceVolumeChart.Series isoRevenue(BigDecimal target) {
		var points = FIVE_WAYS.stream().map(count -> {
			BigDecimal price = target.divide(BigDecimal.valueOf(count));
			return new PriceVolumeChart.Point("", price.doubleValue(), count, context
				.getTranslation("segment.chart.paths.target.tooltip", money(price), number(count), money(target)));
		}).toList();
		return new PriceVolumeChart.Series(context.getTranslation("segment.chart.paths.target", money(target)), points);
	}

	private List<PriceVolumeChart.Point> points(List<Segment> segments, Function<Segment, @Nullable Long> count,
			Tooltip tooltip) {
		var points = new ArrayList<PriceVolumeChart.Point>();
		for (Segment segment : segments) {
			@Nullable Long value = count.apply(segment);
			if (value != null && value > 0) {
				points.add(new PriceVolumeChart.Point(nameOf(segment),
						Objects.requireNonNull(segment.economics().pricePerYear()).doubleValue(), value,
						tooltip.of(segment, value)));
			}
		}
		return points;
	}

	private String price(Segment segment) {
		return money(Objects.requireNonNull(segment.economics().pricePerYear()));
	}

	private String money(BigDecimal amount) {
		return Money.format(amount, currency, locale.get());
	}

	private String number(long count) {
		return Money.number(count, locale.get());
	}

	private String languageTag() {
		return locale.get().toLanguageTag();
	}

	private static boolean positive(@Nullable BigDecimal amount) {
		return amount != null && amount.signum() > 0;
	}

	private interface Tooltip {

		String of(Segment segment, long count);

	}

}
