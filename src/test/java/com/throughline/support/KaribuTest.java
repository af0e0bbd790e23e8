package com.throughline.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.ui.ObjectNotFoundPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.throughline.db.Tables.PRODUCT;

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
		// The discovery skips package-private classes, so it misses the error view whose
		// generic parent is package-private; Spring's scan finds it in the application.
		routes = new Routes().autoDiscoverViews("com.throughline").addErrorRoutes(ObjectNotFoundPage.class);
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
		return _find(SideNav.class).stream()
			.flatMap(nav -> Jsoup.parseBodyFragment(nav.getElement().getProperty("innerHTML", ""))
				.select("vaadin-side-nav-item")
				.stream())
			.map(org.jsoup.nodes.Element::text)
			.toList();
	}

	/** The texts a column shows, row by row, as the person sees them. */
	protected static <T> List<String> shownIn(Grid<T> grid, String header) {
		var column = GridKt._getColumnByHeader(grid, header);
		return GridKt._findAll(grid).stream().map(item -> GridKt._getFormatted(column, item)).toList();
	}

	/** Every row of a grid, lazy or not, fetched the way the browser would page it. */
	protected static <T> List<T> rowsOf(Grid<T> grid) {
		return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
	}

	/**
	 * What the browser sends for a DOM event on {@code target}: the values its listeners'
	 * expressions read, and {@code true} for the filters that passed.
	 */
	protected static void fire(Component target, String type, Map<String, String> values, String... passedFilters) {
		var data = JacksonUtils.createObjectNode();
		values.forEach(data::put);
		for (String filter : passedFilters) {
			data.put(filter, true);
		}
		ElementUtilsKt._fireDomEvent(target.getElement(), new DomEvent(target.getElement(), type, data));
	}

	/** The component with this id, whatever its type. */
	protected static Component byId(String id) {
		return _get(Component.class, spec -> spec.withId(id));
	}

	/** All the text a component shows, its children's included. */
	protected static String textOf(Component component) {
		return textOf(component.getElement());
	}

	/**
	 * The text a person reads, including what static HTML shows (such as
	 * {@code StaticContent}: its content is a property, not child elements).
	 */
	private static String textOf(Element element) {
		if (element.isTextNode()) {
			return element.getText();
		}
		if (element.hasProperty("innerHTML")) {
			return Jsoup.parse(element.getProperty("innerHTML")).text();
		}
		var text = new StringBuilder();
		element.getChildren().forEach(child -> text.append(textOf(child)));
		return text.toString();
	}

	/** The id of a product of a demo company, e.g. "Lumen Insights" of "lumen". */
	protected UUID demoProduct(String tenantSlug, String name) {
		return fixtures.owner()
			.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(fixtures.tenantIdOf(tenantSlug)).and(PRODUCT.NAME.eq(name)))
			.fetchSingle()
			.value1();
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
