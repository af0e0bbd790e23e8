package com.throughline.hypothesis.ui;

import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HypothesisBoardViewTest extends KaribuTest {

	@Test
	void the_board_has_a_column_per_status_with_its_total_and_cards() {
		signInAs("vera@lumen.test");
		navigate("hypotheses/board");

		assertThat(_find(byId("board"), H4.class)).extracting(H4::getText)
			.containsExactly("Draft (1)", "Ready (1)", "Testing (2)", "Validated (1)", "Invalidated (1)",
					"Inconclusive (1)", "Abandoned (1)");
		assertThat(_find(byId("column-testing"), RouterLink.class)).extracting(RouterLink::getText)
			.containsExactlyInAnyOrder(
					"We believe that SSO for embedded viewers will remove the last blocker for enterprise security reviews",
					"We believe that showing peers' median churn next to one's own will bring finance leads back weekly");
		assertThat(textOf(_get(HypothesisBoardView.class))).contains("Lumen Insights · Eli Navarro")
			.doesNotContain("Streamly");
	}

}
