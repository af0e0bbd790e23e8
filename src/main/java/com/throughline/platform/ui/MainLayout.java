package com.throughline.platform.ui;

import java.util.List;

import com.throughline.account.domain.SignInService;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.security.WorkspaceAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every workspace page: navigation showing only what the person's role
 * may open, the active workspace with a switcher, and the person's menu.
 */
@PermitAll
// The navigation and the navbar are static HTML: their web components are bundled all the
// same.
@Uses(SideNavItem.class)
@Uses(Icon.class)
@Uses(DrawerToggle.class)
@Uses(Avatar.class)
public class MainLayout extends AppLayout {

	private static final String PROFILE_ROUTE = "profile";

	private static final String SIGN_OUT = "sign-out";

	private final AccessAnnotationChecker access;

	private final AuthenticationContext authentication;

	private final SignInService signIn;

	public MainLayout(AccessAnnotationChecker access, AuthenticationContext authentication, SignInService signIn) {
		this.access = access;
		this.authentication = authentication;
		this.signIn = signIn;
		setPrimarySection(Section.DRAWER);
		var brand = new Span(getTranslation("app.name"));
		brand.addClassName("app-brand");
		addToDrawer(brand, navigation());
	}

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		SignedInPerson.current().ifPresent(person -> {
			person.locale().ifPresent(locale -> event.getUI().setLocale(locale));
			addToNavbar(navbar(person));
		});
	}

	/**
	 * The side navigation's items are static children of the {@code vaadin-side-nav}: a
	 * {@code SideNavItem} is three components (item, label, icon) held by every open
	 * page, and the items need none. Their links are followed in place by Vaadin's
	 * router, which marks the current one, as for {@code SideNavItem}s.
	 */
	private SideNav navigation() {
		var nav = new SideNav();
		var items = StaticContent.block();
		// @Menu titles are translation keys; entries come filtered by the person's access
		// already, the extra check keeps a misconfigured view out of the menu all the
		// same.
		// Client contacts get only the pages granted to their role by name, not the
		// pages open to everyone signed in (such as the team's dashboard).
		boolean client = SignedInPerson.current().flatMap(SignedInPerson::clientOfTenantId).isPresent();
		MenuConfiguration.getMenuEntries()
			.stream()
			.filter(entry -> entry.menuClass() != null && access.hasAccess(entry.menuClass()))
			.filter(entry -> !client || !entry.menuClass().isAnnotationPresent(PermitAll.class))
			.forEach(entry -> items.add(StaticContent.element("vaadin-side-nav-item")
				.attr("path", entry.path().startsWith("/") ? entry.path().substring(1) : entry.path())
				.add(StaticContent.element("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix"))
				.text(getTranslation(entry.title()))));
		items.fill(nav);
		return nav;
	}

	/**
	 * The navbar is static HTML but for a workspace switcher: the drawer toggle, the
	 * person's avatar and name, a link to their profile and a sign-out button, which one
	 * listener on the bar hears. A menu bar with its items and a toggle button were a
	 * dozen components held by every open page.
	 */
	private Component navbar(SignedInPerson person) {
		var toggle = StaticContent.block("drawer-toggle")
			.add(StaticContent.element("vaadin-drawer-toggle").attr("aria-label", getTranslation("menu.navigation")))
			.toComponent();
		var user = StaticContent.block("user-menu")
			.add(StaticContent.element("vaadin-avatar").attr("name", person.displayName()).attr("aria-hidden", "true"))
			.add("span", person.displayName(), "user-name")
			.link(getTranslation("profile.title"), PROFILE_ROUTE)
			.button(getTranslation("menu.sign-out"), SIGN_OUT, true, SIGN_OUT)
			.toComponent();
		user.setId("user-menu");
		user.getElement()
			.addEventListener("click", click -> authentication.logout())
			.setFilter(StaticContent.buttonClicked(SIGN_OUT));
		var bar = new Div(toggle, workspaceLabel(person), user);
		bar.addClassName("app-navbar");
		return bar;
	}

	private Component workspaceLabel(SignedInPerson person) {
		List<WorkspaceAccess> enterable = person.enterableWorkspaces();
		if (enterable.size() > 1) {
			return new WorkspaceSwitcher(person, signIn);
		}
		var name = new Span(person.activeWorkspace().map(WorkspaceAccess::name).orElse(""));
		name.addClassName("workspace-name");
		name.setId("workspace-name");
		return name;
	}

}
