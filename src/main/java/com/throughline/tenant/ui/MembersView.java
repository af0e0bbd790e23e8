package com.throughline.tenant.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.RoleLabels;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The tenant admin's list of members. */
@Route(value = "members", layout = MainLayout.class)
@Menu(title = "nav.members", order = 50, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

	public MembersView(WorkspaceService workspace) {
		addClassName("page");
		var grid = new Grid<Member>();
		grid.setId("members");
		var joined = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		grid.addColumn(Member::displayName).setHeader(getTranslation("member.name")).setSortable(true);
		grid.addColumn(Member::email).setHeader(getTranslation("member.email")).setSortable(true);
		grid.addColumn(member -> RoleLabels.label(this, member.role())).setHeader(getTranslation("member.role"));
		grid.addColumn(member -> joined.format(member.joinedAt())).setHeader(getTranslation("member.joined"));
		grid.setItems(workspace.members());
		add(new H2(getTranslation("nav.members")), grid);
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.members");
	}

}
