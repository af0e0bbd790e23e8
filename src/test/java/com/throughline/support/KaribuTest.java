package com.throughline.support;

import java.util.List;
import java.util.function.Predicate;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.throughline.platform.security.SignedInPerson;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

/**
 * Server-side view tests with the real Spring context and database; one method signs a
 * person in.
 */
@SpringBootTest
public abstract class KaribuTest {

	private static Routes routes;

	@Autowired
	private ApplicationContext context;

	@Autowired
	protected SignIn signIn;

	@Autowired
	protected Fixtures fixtures;

	@BeforeAll
	static void discoverRoutes() {
		routes = new Routes().autoDiscoverViews("com.throughline");
	}

	@BeforeEach
	void startVaadin() {
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
	}

	@AfterEach
	void stopVaadin() {
		MockVaadin.tearDown();
		SignIn.signOut();
	}

	protected SignedInPerson signInAs(String email) {
		return actAs(signIn.as(email));
	}

	/**
	 * Makes {@code person} the principal of the security context and of the current
	 * request.
	 */
	protected SignedInPerson actAs(SignedInPerson person) {
		SignIn.become(person);
		var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(() -> person.getUsername());
		request.setUserInRole((principal, role) -> person.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
		return person;
	}

	protected static void navigate(String route) {
		UI.getCurrent().navigate(route);
	}

	protected static List<String> navigationLabels() {
		return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
	}

	/** The texts a column shows, row by row, as the person sees them. */
	protected static <T> List<String> shownIn(Grid<T> grid, String header) {
		var column = GridKt._getColumnByHeader(grid, header);
		return GridKt._findAll(grid).stream().map(item -> GridKt._getFormatted(column, item)).toList();
	}

	/**
	 * The component {@code column} renders for the first row {@code row} matches, as the
	 * browser would show it in that cell.
	 */
	@SuppressWarnings("unchecked")
	protected static <T, C extends Component> C cell(Grid<T> grid, Predicate<T> row, Grid.Column<T> column,
			Class<C> type) {
		T item = GridKt._findAll(grid).stream().filter(row).findFirst().orElseThrow();
		var renderer = (ComponentRenderer<? extends Component, T>) column.getRenderer();
		return type.cast(renderer.createComponent(item));
	}

}
