package com.throughline.tenant.ui;

import java.util.Map;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.ui.HypothesisView;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.RoleLabels;
import com.throughline.platform.ui.StaticContent;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;

/**
 * The landing page of a workspace: who is here and what comes next. People without a
 * workspace are sent to the platform page (platform admins) or told how to get one,
 * client contacts to what is shared with them.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** Where a client contact lands instead: the roadmaps shared with them. */
	private static final String CLIENT_HOME_ROUTE = "client";

	private final WorkspaceService workspace;

	private final HypothesisService hypotheses;

	public DashboardView(WorkspaceService workspace, HypothesisService hypotheses) {
		this.workspace = workspace;
		this.hypotheses = hypotheses;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var person = SignedInPerson.current().orElseThrow();
		if (person.activeWorkspace().isEmpty()) {
			event.forwardTo(person.platformAdmin() ? PlatformTenantsView.class : NoWorkspaceView.class);
			return;
		}
		if (person.activeWorkspace().orElseThrow().role().client()) {
			event.forwardTo(CLIENT_HOME_ROUTE);
			return;
		}
		removeAll();
		var profile = workspace.profile();
		int members = workspace.memberCount("");
		var role = person.activeWorkspace().orElseThrow().role();
		var title = new H2(getTranslation("dashboard.title", profile.name()));
		title.setId("page-title");
		add(title);
		add(StaticContent.block()
			.add(stat("dashboard.members", String.valueOf(members)))
			.add(stat("dashboard.your-role", RoleLabels.label(this, role)))
			.toComponent());
		var counts = hypotheses.countsByStatus();
		if (counts.isEmpty()) {
			add(nextSteps());
		}
		else {
			add(hypothesisCounts(counts), overdue(), learnings());
		}
		add(team(members));
	}

	/** A figure with its label: static content, as the page shows nine of them. */
	private StaticContent stat(String labelKey, String value) {
		return StaticContent.block("stat-card").add("span", getTranslation(labelKey)).add("h3", value);
	}

	private Component hypothesisCounts(Map<HypothesisStatus, Integer> counts) {
		var row = StaticContent.block();
		for (HypothesisStatus status : HypothesisStatus.values()) {
			row.add(stat(Labels.key(status), String.valueOf(counts.getOrDefault(status, 0))));
		}
		return new Div(new H3(getTranslation("dashboard.hypotheses")), withId(row, "hypothesis-counts"));
	}

	private Component overdue() {
		var overdue = hypotheses.overdueTests(5);
		var list = StaticContent.block();
		if (overdue.isEmpty()) {
			list.add("p", getTranslation("dashboard.overdue.none"));
		}
		overdue.forEach(h -> list.add(StaticContent.block().link(h.statement(), route(h))));
		return new Div(new H3(getTranslation("dashboard.overdue")), withId(list, "overdue-tests"));
	}

	private Component learnings() {
		var ended = hypotheses.recentLearnings(5);
		var list = StaticContent.block();
		if (ended.isEmpty()) {
			list.add("p", getTranslation("dashboard.learnings.none"));
		}
		ended.forEach(h -> list.add(StaticContent.block()
			.add("span", Labels.of(this, h.status()), "badge")
			.link(h.statement(), route(h))
			.add("p", h.learning() == null ? "" : h.learning())));
		return new Div(new H3(getTranslation("dashboard.learnings")), withId(list, "recent-learnings"));
	}

	/** Where a hypothesis's page is: the lists are static content, their links too. */
	private static String route(Hypothesis h) {
		return RouteConfiguration.forSessionScope().getUrl(HypothesisView.class, HypothesisView.parameters(h.id()));
	}

	private static Component withId(StaticContent content, String id) {
		var shown = content.toComponent();
		shown.setId(id);
		return shown;
	}

	private Component nextSteps() {
		var card = new Div(new H3(getTranslation("dashboard.next.title")),
				new Paragraph(getTranslation("dashboard.next.message")));
		card.addClassName("empty-state");
		return card;
	}

	private Component team(int members) {
		var grid = new Grid<Member>();
		grid.setId("team");
		grid.addColumn(Member::displayName).setHeader(getTranslation("member.name")).setAutoWidth(true);
		grid.addColumn(member -> RoleLabels.label(this, member.role())).setHeader(getTranslation("member.role"));
		GridRows.showPaged(grid, members, (offset, limit) -> workspace.members("", offset, limit));
		return new Div(new H3(getTranslation("dashboard.team")), grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.dashboard");
	}

}
