package com.throughline.tenant.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.ui.MainLayout;
import com.throughline.tenant.domain.PlatformService;
import com.throughline.tenant.domain.TenantSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The platform admin's list of companies. */
@Route(value = "platform/tenants", layout = MainLayout.class)
@Menu(title = "nav.platform-tenants", order = 90, icon = "vaadin:cluster")
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformTenantsView extends VerticalLayout implements HasDynamicTitle {

	public PlatformTenantsView(PlatformService platform) {
		addClassName("page");
		var created = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		var grid = new Grid<TenantSummary>();
		grid.setId("tenants");
		grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenant.name")).setSortable(true);
		grid.addColumn(TenantSummary::slug).setHeader(getTranslation("tenant.slug"));
		grid.addColumn(t -> getTranslation("tenant.status." + t.status().name().toLowerCase()))
			.setHeader(getTranslation("tenant.status"));
		grid.addColumn(TenantSummary::memberCount).setHeader(getTranslation("tenant.members"));
		grid.addColumn(t -> created.format(t.createdAt())).setHeader(getTranslation("tenant.created"));
		grid.setItems(platform.tenants());
		add(new H2(getTranslation("nav.platform-tenants")), grid);
		setSizeFull();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.platform-tenants");
	}

}
