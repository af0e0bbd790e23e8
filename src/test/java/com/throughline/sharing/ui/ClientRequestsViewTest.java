package com.throughline.sharing.ui;

import java.util.UUID;

import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.ClientRequest;
import com.throughline.strategy.domain.Product;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static org.assertj.core.api.Assertions.assertThat;

class ClientRequestsViewTest extends KaribuTest {

	@Test
	void an_editor_records_a_request_as_the_trade_off_it_is() {
		signInAs("eli@lumen.test");
		navigate("requests");
		String title = "Dispatch exports " + UUID.randomUUID();

		_click(_get(Button.class, spec -> spec.withId("create-request")));
		choose("request-client", ClientAccount.class, c -> c.name().equals("Northwind Logistics"));
		_setValue(_get(TextField.class, spec -> spec.withId("request-title")), title);
		choose("request-product", Product.class, p -> p.name().equals("Lumen Insights"));
		choose("request-delivered-by", com.throughline.roadmap.domain.RoadmapItem.class,
				i -> i.title().equals("Embed snippet for partner portals"));
		choose("request-displaces", com.throughline.roadmap.domain.RoadmapItem.class,
				i -> i.title().equals("Peer benchmarks next to every KPI"));
		_click(_get(Button.class, spec -> spec.withId("save-request")));

		var grid = requestsGrid();
		int row = shownIn(grid, "Request").indexOf(title);
		assertThat(row).isNotNegative();
		assertThat(shownIn(grid, "Trade-off").get(row)).isEqualTo(
				"Doing “Embed snippet for partner portals” for Northwind Logistics delays “Peer benchmarks next to every KPI”.");
		assertThat(shownIn(grid, "Decision").get(row)).isEqualTo("Open");
	}

	@Test
	void a_request_without_a_title_is_refused_next_to_the_field() {
		signInAs("eli@lumen.test");
		navigate("requests");

		_click(_get(Button.class, spec -> spec.withId("create-request")));
		choose("request-client", ClientAccount.class, c -> c.name().equals("Contoso Manufacturing"));
		_click(_get(Button.class, spec -> spec.withId("save-request")));

		var title = _get(TextField.class, spec -> spec.withId("request-title"));
		assertThat(title.isInvalid()).isTrue();
	}

	@Test
	void viewers_read_requests_but_record_none() {
		signInAs("vera@lumen.test");
		navigate("requests");

		_get(Grid.class, spec -> spec.withId("requests"));
		_assertNone(Button.class, spec -> spec.withId("create-request"));
		_assertNone(Button.class, spec -> spec.withClasses("request-edit"));
	}

	@SuppressWarnings("unchecked")
	private static <T> void choose(String id, Class<T> type, java.util.function.Predicate<T> which) {
		ComboBox<T> box = _get(ComboBox.class, spec -> spec.withId(id));
		T value = getSuggestionItems(box).stream().map(type::cast).filter(which).findFirst().orElseThrow();
		_setValue(box, value);
	}

	@SuppressWarnings("unchecked")
	private static Grid<ClientRequest> requestsGrid() {
		return _get(Grid.class, spec -> spec.withId("requests"));
	}

}
