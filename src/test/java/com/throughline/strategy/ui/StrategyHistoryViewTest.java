package com.throughline.strategy.ui;

import java.util.List;
import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.Strategy;
import com.throughline.strategy.domain.StrategyDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class StrategyHistoryViewTest extends KaribuTest {

	@Autowired
	StrategyService strategy;

	@Test
	void lumen_insights_compares_version_1_with_version_2_and_marks_every_changed_part() {
		signInAs("vera@lumen.test");
		navigate("products/" + demoProduct("lumen", "Lumen Insights") + "/history");

		assertThat(label(older())).startsWith("Version 1, Eli Navarro, ");
		assertThat(label(newer())).startsWith("Version 2, Eli Navarro, ");
		assertThat(rowTitles()).containsExactly("Vision", "Delight", "Hard to copy", "Margin");
		assertThat(changedTitles()).containsExactly("Vision", "Delight", "Hard to copy", "Margin");
		var vision = rows().getFirst();
		assertThat(_find(vision, Paragraph.class)).extracting(Paragraph::getText)
			.containsExactly("Every operations team sees tomorrow's numbers today.",
					"Every B2B operations team decides with live, trusted numbers — inside the tools they already use.");
		assertThat(textOf(vision)).contains("Changed");
	}

	@Test
	void only_the_parts_that_differ_are_marked_changed() {
		signInAs(fixtures.personIn(fixtures.tenant("Slow Change"), Role.EDITOR));
		UUID product = strategy.createProduct(new ProductDraft("Compass", Market.SMB, null)).id();
		strategy.saveStrategy(product, new StrategyDraft("North", "Delight", "Hard", "Thin margins"), 0);
		strategy.saveStrategy(product, new StrategyDraft("North", "Delight", "Hard", "Fat margins"), 1);
		navigate("products/" + product + "/history");

		assertThat(rowTitles()).containsExactly("Vision", "Delight", "Hard to copy", "Margin");
		assertThat(changedTitles()).containsExactly("Margin");
		assertThat(textOf(rows().getFirst())).doesNotContain("Changed");

		_setValue(older(), newer().getValue());

		assertThat(changedTitles()).as("a version compared with itself").isEmpty();
	}

	@Test
	void another_companys_strategy_history_is_not_found() {
		signInAs("eli@lumen.test");
		navigate("products/" + demoProduct("streamly", "Streamly") + "/history");

		assertThat(textOf(byId("not-found"))).contains("Not found");
		_assertNone(StrategyHistoryView.class);
		_assertNone(Div.class, spec -> spec.withId("comparison"));
	}

	private static List<Div> rows() {
		return _find(byId("comparison"), Div.class, spec -> spec.withClasses("comparison-row"));
	}

	private static List<String> rowTitles() {
		return rows().stream().map(row -> _get(row, H4.class).getText()).toList();
	}

	private static List<String> changedTitles() {
		return rows().stream()
			.filter(row -> row.hasClassName("changed"))
			.map(row -> _get(row, H4.class).getText())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Select<Strategy> older() {
		return _get(Select.class, spec -> spec.withId("older-version"));
	}

	@SuppressWarnings("unchecked")
	private static Select<Strategy> newer() {
		return _get(Select.class, spec -> spec.withId("newer-version"));
	}

	private static String label(Select<Strategy> select) {
		return select.getItemLabelGenerator().apply(select.getValue());
	}

}
