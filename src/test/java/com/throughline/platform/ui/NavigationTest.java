package com.throughline.platform.ui;

import java.util.List;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.throughline.support.KaribuTest;
import com.throughline.tenant.ui.DashboardView;
import com.throughline.tenant.ui.NoWorkspaceView;
import com.throughline.tenant.ui.PlatformTenantsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NavigationTest extends KaribuTest {

	@Test
	void anonymous_visitors_are_sent_to_sign_in() {
		navigate("members");

		_assertOne(LoginView.class);
		_assertOne(LoginForm.class);
		assertThat(_get(LoginForm.class).isError()).isFalse();
	}

	@Test
	void a_failed_sign_in_shows_the_generic_error() {
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		assertThat(_get(LoginForm.class).isError()).isTrue();
	}

	static Stream<Arguments> navigationPerRole() {
		return Stream.of(
				Arguments.of("ada@lumen.test",
						List.of("Dashboard", "Products", "Hypotheses", "Roadmap", "Segments", "Key clients",
								"Shared roadmaps", "Client requests", "Members", "Workspace settings", "Audit log")),
				Arguments.of("eli@lumen.test",
						List.of("Dashboard", "Products", "Hypotheses", "Roadmap", "Segments", "Key clients",
								"Shared roadmaps", "Client requests")),
				Arguments.of("vera@lumen.test",
						List.of("Dashboard", "Products", "Hypotheses", "Roadmap", "Segments", "Key clients",
								"Shared roadmaps", "Client requests")),
				Arguments.of("olivia@northwind.test", List.of("Shared with you")), Arguments
					.of("platform@throughline.test", List.of("Dashboard", "Companies", "Accounts", "Platform log")));
	}

	@ParameterizedTest
	@MethodSource("navigationPerRole")
	void each_role_sees_only_the_navigation_it_may_open(String email, List<String> expected) {
		signInAs(email);
		navigate("");

		assertThat(navigationLabels()).containsExactlyElementsOf(expected);
	}

	static Stream<Arguments> forbiddenRoutes() {
		return Stream.of(Arguments.of("vera@lumen.test", "members"), Arguments.of("eli@lumen.test", "members"),
				Arguments.of("eli@lumen.test", "settings"), Arguments.of("vera@lumen.test", "settings"),
				Arguments.of("ada@lumen.test", "platform/tenants"),
				Arguments.of("platform@throughline.test", "members"), Arguments.of("ada@lumen.test", "client"),
				Arguments.of("olivia@northwind.test", "products"), Arguments.of("olivia@northwind.test", "hypotheses"),
				Arguments.of("olivia@northwind.test", "roadmap"), Arguments.of("olivia@northwind.test", "segments"),
				Arguments.of("olivia@northwind.test", "clients"), Arguments.of("olivia@northwind.test", "shares"),
				Arguments.of("olivia@northwind.test", "members"), Arguments.of("olivia@northwind.test", "audit"));
	}

	@ParameterizedTest
	@MethodSource("forbiddenRoutes")
	void a_route_the_role_may_not_open_is_refused(String email, String route) {
		signInAs(email);

		// Karibu reports the refusal as an exception; the browser journeys check the real
		// page.
		assertThatThrownBy(() -> navigate(route)).isInstanceOf(MockAccessDeniedException.class);
		_assertNone(Grid.class);
	}

	@Test
	void the_platform_admin_lands_on_the_company_list() {
		signInAs("platform@throughline.test");
		navigate("");

		_assertOne(PlatformTenantsView.class);
		var grid = _get(Grid.class, spec -> spec.withId("tenants"));
		assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void a_person_without_a_company_is_told_how_to_get_one() {
		signInAs(fixtures.emailOf(fixtures.account("Newcomer")));
		navigate("");

		_assertOne(NoWorkspaceView.class);
		_assertNone(DashboardView.class);
	}

	@Test
	void the_dashboard_shows_the_active_companys_team_only() {
		signInAs("ada@lumen.test");
		navigate("");

		_assertOne(DashboardView.class);
		@SuppressWarnings("unchecked")
		Grid<com.throughline.tenant.domain.Member> team = _get(Grid.class, spec -> spec.withId("team"));
		var names = rowsOf(team).stream().map(com.throughline.tenant.domain.Member::displayName).toList();
		assertThat(names).contains("Ada Okafor", "Eli Navarro", "Vera Lindqvist", "Maya Chen")
			.doesNotContain("Sam Whitaker", "Wei Zhang");
	}

	@Test
	void the_dashboard_speaks_the_persons_language() {
		signInAs("wei@streamly.test");
		UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		navigate("");

		assertThat(_get(H2.class).getText()).isEqualTo("欢迎来到 Streamly");
	}

}
