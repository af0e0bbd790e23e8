package com.throughline.strategy.ui;

import java.util.List;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.platform.ui.Labels;
import com.throughline.strategy.domain.GleePhase;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.Strategy;
import com.throughline.strategy.domain.StrategyTheory;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** The strategy canvas as a Markdown document, in the reader's language. */
class StrategyMarkdown {

	private final Component context;

	private final StringBuilder out = new StringBuilder();

	StrategyMarkdown(Component context) {
		this.context = context;
	}

	String write(Product product, @Nullable Strategy strategy, List<GleePhase> phases, List<StrategyTheory> theories,
			List<Hypothesis> tactics) {
		out.append("# ").append(product.name()).append("\n\n");
		if (strategy != null) {
			heading("strategy.vision").append(strategy.vision()).append("\n\n");
		}
		heading("glee.title");
		phases.forEach(p -> out.append("- **")
			.append(Labels.of(context, p.kind()))
			.append("** (")
			.append(Labels.of(context, p.status()))
			.append("): ")
			.append(p.statement())
			.append(p.horizon() == null ? "" : " — " + p.horizon())
			.append('\n'));
		out.append('\n');
		if (strategy != null) {
			heading("dhm.title");
			out.append("- **").append(t("dhm.delight")).append("**: ").append(strategy.delight()).append('\n');
			out.append("- **").append(t("dhm.hard-to-copy")).append("**: ").append(strategy.hardToCopy()).append('\n');
			out.append("- **").append(t("dhm.margin")).append("**: ").append(strategy.margin()).append("\n\n");
		}
		heading("smt.title");
		out.append("| ")
			.append(t("smt.strategy"))
			.append(" | ")
			.append(t("smt.metric"))
			.append(" | ")
			.append(t("smt.tactics"))
			.append(" |\n|---|---|---|\n");
		theories.forEach(theory -> out.append("| ")
			.append(cell(theory.title()))
			.append(" | ")
			.append(cell(theory.metric().name()))
			.append(" | ")
			.append(cell(tacticsOf(theory, tactics)))
			.append(" |\n"));
		return out.toString();
	}

	private String tacticsOf(StrategyTheory theory, List<Hypothesis> tactics) {
		return String.join("; ",
				tactics.stream()
					.filter(h -> theory.id().equals(h.theoryId()))
					.map(h -> h.statement() + " (" + Labels.of(context, h.status()) + ")")
					.toList());
	}

	private StringBuilder heading(String key) {
		return out.append("## ").append(t(key)).append("\n\n");
	}

	private String t(String key) {
		return context.getTranslation(key);
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace('\n', ' ');
	}

}
