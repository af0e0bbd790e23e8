package com.throughline.platform.ui;

import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.security.WorkspaceAccess;
import com.throughline.support.KaribuTest;
import com.throughline.tenant.domain.Member;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceSwitcherTest extends KaribuTest {

	@Test
	void a_person_in_two_companies_switches_and_sees_the_other_team() {
		signInAs("maya@consult.test");
		navigate("");
		@SuppressWarnings("unchecked")
		Select<WorkspaceAccess> switcher = _get(Select.class, spec -> spec.withId("workspace-switcher"));
		assertThat(switcher.getListDataView().getItems().map(WorkspaceAccess::slug)).containsExactly("lumen",
				"streamly");

		var streamly = switcher.getListDataView()
			.getItems()
			.filter(w -> w.slug().equals("streamly"))
			.findFirst()
			.orElseThrow();
		_setValue(switcher, streamly);

		var person = SignedInPerson.current().orElseThrow();
		assertThat(person.activeWorkspace().orElseThrow().slug()).isEqualTo("streamly");
		actAs(person);
		navigate("");
		@SuppressWarnings("unchecked")
		Grid<Member> team = _get(Grid.class, spec -> spec.withId("team"));
		assertThat(rowsOf(team).stream().map(Member::displayName)).contains("Sam Whitaker")
			.doesNotContain("Ada Okafor");
	}

	@Test
	void a_person_in_one_company_sees_its_name_and_no_switcher() {
		signInAs("eli@lumen.test");
		navigate("");

		_assertNone(Select.class);
		assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("workspace-name")).getText())
			.isEqualTo("Lumen Analytics");
	}

}
