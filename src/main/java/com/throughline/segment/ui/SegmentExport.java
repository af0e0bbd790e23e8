package com.throughline.segment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.throughline.platform.ui.Labels;
import com.throughline.segment.domain.Criterion;
import com.throughline.segment.domain.SalesThresholds;
import com.throughline.segment.domain.Segment;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/**
 * A segment as lines of text, for the page and for the Markdown and CSV exports sales
 * use.
 */
class SegmentExport {

	private final Component context;

	private final Segment segment;

	private final String currency;

	private final SalesThresholds thresholds;

	private final Locale locale;

	SegmentExport(Component context, Locale locale, Segment segment, String currency, SalesThresholds thresholds) {
		this.context = context;
		this.locale = locale;
		this.segment = segment;
		this.currency = currency;
		this.thresholds = thresholds;
	}

	List<String> criteriaLines() {
		return segment.criteria().stream().map(this::criterion).toList();
	}

	String criterion(Criterion c) {
		return c.attribute() + " " + Labels.of(context, c.operator()) + " " + c.value() + " ("
				+ Labels.of(context, c.strength()) + ")";
	}

	List<String> buyerLines() {
		var p = segment.personas();
		List<String> lines = new ArrayList<>();
		add(lines, "segment.buyer-title", p.buyerTitle());
		add(lines, "segment.buyer-goals", p.buyerGoals());
		add(lines, "segment.buyer-success", p.buyerSuccess());
		add(lines, "segment.buying-process", p.buyingProcess());
		add(lines, "segment.sales-cycle", p.salesCycleMonths() == null ? null : p.salesCycleMonths().toString());
		if (p.buyerIsUser()) {
			lines.addAll(userLines());
		}
		return lines;
	}

	List<String> userLines() {
		var p = segment.personas();
		List<String> lines = new ArrayList<>();
		add(lines, "segment.user-role", p.userRole());
		add(lines, "segment.user-jobs", p.userJobs());
		add(lines, "segment.user-pains", p.userPains());
		add(lines, "segment.user-success", p.userSuccess());
		return lines;
	}

	List<String> economicsLines() {
		var e = segment.economics();
		List<String> lines = new ArrayList<>();
		add(lines, "segment.price", e.pricePerYear() == null ? null
				: Money.format(e.pricePerYear(), currency, locale) + " " + Labels.of(context, e.unit()));
		add(lines, "segment.reachable", e.reachable() == null ? null : Money.number(e.reachable(), locale));
		add(lines, "segment.conversion", e.conversionPercent() == null ? null
				: e.conversionPercent().stripTrailingZeros().toPlainString() + " %");
		add(lines, "segment.revenue", e.annualRevenue().map(r -> Money.format(r, currency, locale)).orElse(null));
		add(lines, "segment.revenue-target",
				e.revenueTarget() == null ? null : Money.format(e.revenueTarget(), currency, locale));
		add(lines, "segment.customers-needed", e.customersNeeded().map(n -> Money.number(n, locale)).orElse(null));
		add(lines, "segment.sales-motion", e.salesMotion(thresholds).map(m -> Labels.of(context, m)).orElse(null));
		add(lines, "segment.roi", e.roiMultiple().map(r -> r.toPlainString() + "×").orElse(null));
		add(lines, "segment.payback", e.paybackMonths().map(m -> m.toPlainString()).orElse(null));
		return lines;
	}

	String markdown() {
		var out = new StringBuilder("# ").append(segment.name()).append("\n\n");
		if (segment.description() != null) {
			out.append(segment.description()).append("\n\n");
		}
		section(out, "segment.criteria", criteriaLines());
		section(out, segment.personas().buyerIsUser() ? "segment.persona.both" : "segment.persona.buyer", buyerLines());
		if (!segment.personas().buyerIsUser()) {
			section(out, "segment.persona.user", userLines());
		}
		section(out, "segment.economics", economicsLines());
		section(out, "segment.user-evaluation",
				segment.userEvaluation() == null ? List.of() : List.of(segment.userEvaluation()));
		section(out, "segment.buyer-scorecard",
				segment.buyerScorecard() == null ? List.of() : List.of(segment.buyerScorecard()));
		return out.toString();
	}

	/**
	 * One row per criterion, then the economics, so sales can sort and filter in a
	 * spreadsheet.
	 */
	String csv() {
		var out = new StringBuilder();
		row(out, t("segment.csv.section"), t("segment.csv.item"), t("segment.csv.value"));
		segment.criteria()
			.forEach(c -> row(out, t("segment.criteria"), c.attribute(), Labels.of(context, c.operator()) + " "
					+ c.value() + " (" + Labels.of(context, c.strength()) + ")"));
		economicsLines().forEach(line -> {
			int colon = line.indexOf(": ");
			row(out, t("segment.economics"), line.substring(0, colon), line.substring(colon + 2));
		});
		return out.toString();
	}

	private void add(List<String> lines, String key, @Nullable String value) {
		if (value != null) {
			lines.add(t(key) + ": " + value);
		}
	}

	private void section(StringBuilder out, String key, List<String> lines) {
		out.append("## ").append(t(key)).append("\n\n");
		lines.forEach(line -> out.append("- ").append(line).append('\n'));
		out.append('\n');
	}

	private static void row(StringBuilder out, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			out.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
		}
		out.append("\r\n");
	}

	private String t(String key) {
		return context.getTranslation(key);
	}

}
