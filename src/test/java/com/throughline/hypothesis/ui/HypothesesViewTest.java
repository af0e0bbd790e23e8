package com.throughline.hypothesis.ui;

import java.util.List;
import java.util.Map;

import com.throughline.hypothesis.domain.HypothesisRow;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._getColumnByHeader;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.HYPOTHESIS;
import static org.assertj.core.api.Assertions.assertThat;

class HypothesesViewTest extends KaribuTest {

	@Test
	void the_grid_lists_the_companys_hypotheses_and_none_of_another_company() {
		signInAs("eli@lumen.test");
		navigate("hypotheses");

		assertThat(_size(grid())).isEqualTo(8);
		assertThat(shownStatements()).containsExactlyInAnyOrderElementsOf(statementsOf("lumen"))
			.doesNotContainAnyElementsOf(statementsOf("streamly"));
		assertThat(rowsOf(grid())).extracting(HypothesisRow::productName).containsOnly("Lumen Insights");
		assertThat(_get(Button.class, spec -> spec.withId("create-hypothesis")).getText()).isEqualTo("New hypothesis");
	}

	@Test
	void the_status_filter_set_to_testing_shows_exactly_the_running_tests() {
		signInAs("eli@lumen.test");
		navigate("hypotheses");

		@SuppressWarnings("unchecked")
		ComboBox<HypothesisStatus> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
		_setValue(status, HypothesisStatus.TESTING);

		assertThat(_size(grid())).isEqualTo(2);
		assertThat(shownStatements()).containsExactlyInAnyOrder(
				"We believe that SSO for embedded viewers will remove the last blocker for enterprise security reviews",
				"We believe that showing peers' median churn next to one's own will bring finance leads back weekly");
		var statusColumn = _getColumnByHeader(grid(), "Status");
		assertThat(rowsOf(grid())).extracting(h -> _getFormatted(statusColumn, h)).containsOnly("Testing");

		_setValue(status, null);

		assertThat(_size(grid())).isEqualTo(8);
	}

	@Test
	void more_filters_are_made_when_asked_for_and_narrow_the_grid_with_the_others() {
		signInAs("eli@lumen.test");
		navigate("hypotheses");
		_assertNone(ComboBox.class, spec -> spec.withId("filter-method"));
		var all = rowsOf(grid());
		var method = all.stream()
			.map(HypothesisRow::method)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow();

		fire(_get(Div.class, spec -> spec.withClasses("more-filters-bar")), "click", Map.of(),
				HypothesesView.MORE_FILTERS);

		_assertNone(Div.class, spec -> spec.withClasses("more-filters-bar"));
		_assertOne(ComboBox.class, spec -> spec.withId("filter-product"));
		_assertOne(ComboBox.class, spec -> spec.withId("filter-owner"));
		@SuppressWarnings("unchecked")
		ComboBox<TestMethod> methods = _get(ComboBox.class, spec -> spec.withId("filter-method"));
		_setValue(methods, method);

		assertThat(rowsOf(grid())).extracting(HypothesisRow::method)
			.containsOnly(method)
			.hasSize((int) all.stream().filter(row -> row.method() == method).count())
			.hasSizeLessThan(all.size());
	}

	@Test
	void the_text_filter_narrows_the_grid_by_statement() {
		signInAs("eli@lumen.test");
		navigate("hypotheses");

		_setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "EMBEDDED");

		assertThat(shownStatements()).containsExactlyInAnyOrder(
				"We believe that a copy-paste embed snippet for partner apps will lift embedded adoption; we will know when embedded accounts grow",
				"We believe that SSO for embedded viewers will remove the last blocker for enterprise security reviews");

		_setValue(_get(TextField.class, spec -> spec.withId("filter-text")), "nothing like this anywhere");

		assertThat(_size(grid())).isZero();
		assertThat(grid().getEmptyStateText())
			.isEqualTo("No hypotheses match. Write one with \"New hypothesis\", or clear the filters.");
	}

	@Test
	void a_viewer_sees_the_hypotheses_but_no_create_button() {
		signInAs("vera@lumen.test");
		navigate("hypotheses");

		assertThat(_size(grid())).isEqualTo(8);
		_assertNone(Button.class, spec -> spec.withId("create-hypothesis"));
		_assertNone(Button.class, spec -> spec.withText("New hypothesis"));
	}

	@SuppressWarnings("unchecked")
	private static Grid<HypothesisRow> grid() {
		return _get(Grid.class, spec -> spec.withId("hypotheses"));
	}

	private static List<String> shownStatements() {
		var column = _getColumnByHeader(grid(), "Hypothesis");
		return rowsOf(grid()).stream().map(h -> _getFormatted(column, h)).toList();
	}

	private List<String> statementsOf(String tenantSlug) {
		return fixtures.owner()
			.select(HYPOTHESIS.STATEMENT)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(fixtures.tenantIdOf(tenantSlug)))
			.fetch(HYPOTHESIS.STATEMENT);
	}

}
