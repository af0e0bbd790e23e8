package com.throughline.tenant.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.security.TenantStatus;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.SearchField;
import com.throughline.tenant.domain.PlatformService;
import com.throughline.tenant.domain.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The platform admin's companies: searched and paged in SQL, provisioned, suspended,
 * reactivated.
 */
@Route(value = "platform/tenants", layout = MainLayout.class)
@Menu(title = "nav.platform-tenants", order = 90, icon = "vaadin:cluster")
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformTenantsView extends VerticalLayout implements HasDynamicTitle {

	private final PlatformService platform;

	private final Grid<TenantSummary> grid = new Grid<>();

	private final SearchField search = new SearchField("tenant-search", () -> grid.getDataProvider().refreshAll());

	public PlatformTenantsView(PlatformService platform) {
		this.platform = platform;
		addClassName("page");
		setSizeFull();
		var create = new Button(getTranslation("tenant.create"), VaadinIcon.PLUS.create(),
				click -> new NewTenantDialog(platform, grid.getDataProvider()::refreshAll).open());
		create.setId("create-tenant");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		var toolbar = new HorizontalLayout(search, create);
		configureGrid();
		add(new H2(getTranslation("nav.platform-tenants")), toolbar, grid);
	}

	private void configureGrid() {
		var created = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		grid.setId("tenants");
		grid.addColumn(TenantSummary::name).setHeader(getTranslation("tenant.name"));
		grid.addColumn(TenantSummary::slug).setHeader(getTranslation("tenant.slug"));
		grid.addColumn(t -> getTranslation("tenant.status." + t.status().name().toLowerCase()))
			.setHeader(getTranslation("tenant.status"));
		grid.addColumn(TenantSummary::memberCount).setHeader(getTranslation("tenant.members"));
		grid.addColumn(t -> created.format(t.createdAt())).setHeader(getTranslation("tenant.created"));
		grid.addComponentColumn(this::statusButton).setFlexGrow(0).setAutoWidth(true);
		grid.setItems(query -> platform.tenants(search.getValue(), query.getOffset(), query.getLimit()).stream(),
				query -> (int) platform.countTenants(search.getValue()));
		GridRows.oneQueryPerViewport(grid);
	}

	private Button statusButton(TenantSummary tenant) {
		boolean active = tenant.status() == TenantStatus.ACTIVE;
		var button = new Button(getTranslation(active ? "tenant.suspend" : "tenant.reactivate"), click -> {
			if (active) {
				Feedback.confirm(this, "tenant.suspend.title", "tenant.suspend.message", "tenant.suspend", () -> {
					platform.suspend(tenant.id());
					done("tenant.suspended", tenant);
				}, tenant.name());
			}
			else {
				platform.reactivate(tenant.id());
				done("tenant.reactivated", tenant);
			}
		});
		button.addThemeVariants(ButtonVariant.TERTIARY);
		if (active) {
			button.addThemeVariants(ButtonVariant.ERROR);
		}
		return button;
	}

	private void done(String key, TenantSummary tenant) {
		Feedback.success(this, key, tenant.name());
		grid.getDataProvider().refreshAll();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.platform-tenants");
	}

}
