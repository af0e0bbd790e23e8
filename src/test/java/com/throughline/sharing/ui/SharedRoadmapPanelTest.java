package com.throughline.sharing.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.throughline.sharing.domain.Persona;
import com.throughline.sharing.domain.SharedRoadmap;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** How a shared item reads and how a client reacts to it, whatever the texts contain. */
class SharedRoadmapPanelTest extends KaribuTest {

	private static final String MARKUP = "<img src=x onerror=alert(1)>";

	private final List<String> reactions = new ArrayList<>();

	@Test
	void texts_written_by_the_team_show_as_text_never_as_markup() {
		show(new SharedRoadmap.SharedItem(UUID.randomUUID(), "Faster " + MARKUP, LocalDate.of(2027, 1, 1),
				"IN_PROGRESS", "Less waiting <b>now</b>", "Because " + MARKUP));

		var item = _get(Div.class, spec -> spec.withClasses("shared-item"));
		assertThat(item.getElement().getProperty("innerHTML")).doesNotContain("<img", "<b>").contains("&lt;img");
		assertThat(textOf(item)).contains("Faster " + MARKUP, "Less waiting <b>now</b>", "Because " + MARKUP);
	}

	@Test
	void important_to_us_is_recorded_at_once_and_a_comment_replaces_it_afterwards() {
		var item = UUID.randomUUID();
		show(new SharedRoadmap.SharedItem(item, "Single sign-on", null, "PLANNED", "One login", null));
		_assertNone(TextField.class);
		var panel = _get(SharedRoadmapPanel.class);
		assertThat(actions().getElement().getProperty("innerHTML")).contains("data-item=\"" + item + "\"")
			.doesNotContain("disabled");

		react(panel, item.toString());
		assertThat(reactions).containsExactly("-");
		assertThat(actions().getElement().getProperty("innerHTML")).contains("disabled");
		assertThat(textOf(panel)).contains("Thank you, noted");
		react(panel, item.toString());
		assertThat(reactions).as("one reaction per item").containsExactly("-");

		_setValue(_get(TextField.class), "We need it before the audit");
		_click(_get(Button.class, spec -> spec.withClasses("react-comment")));
		assertThat(reactions).containsExactly("-", "We need it before the audit");
		assertThat(_get(TextField.class).isReadOnly()).isTrue();
	}

	@Test
	void a_click_naming_no_item_of_the_page_records_nothing() {
		show(new SharedRoadmap.SharedItem(UUID.randomUUID(), "Single sign-on", null, "PLANNED", "One login", null));
		var panel = _get(SharedRoadmapPanel.class);

		react(panel, UUID.randomUUID().toString());
		react(panel, "not an id");

		assertThat(reactions).isEmpty();
		_assertNone(TextField.class);
	}

	private static Div actions() {
		return _get(Div.class, spec -> spec.withClasses("shared-actions"));
	}

	private static void react(SharedRoadmapPanel panel, String item) {
		fire(panel, "click", java.util.Map.of(SharedRoadmapPanel.REACTED_ITEM, item),
				SharedRoadmapPanel.REACTED_ITEM + " != null");
	}

	private void show(SharedRoadmap.SharedItem item) {
		var roadmap = new SharedRoadmap("Lumen", "Northwind", "Insights", null, Persona.BUYER,
				LocalDate.of(2027, 6, 30), List.of(item));
		UI.getCurrent().add(new SharedRoadmapPanel(roadmap, (id, comment) -> {
			reactions.add(comment == null ? "-" : comment);
			return true;
		}));
	}

}
