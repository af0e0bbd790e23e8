package com.throughline.audit.ui;

import java.util.List;

import com.throughline.audit.domain.AuditEntry;
import com.throughline.audit.domain.AuditFilter;
import com.throughline.audit.domain.AuditTrailService;
import com.throughline.platform.ui.MainLayout;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The tenant admin's audit log of the active workspace. */
@Route(value = "audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 70, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditLogView extends Composite<AuditLogPanel> implements HasDynamicTitle {

	private final AuditTrailService trail;

	public AuditLogView(AuditTrailService trail) {
		this.trail = trail;
	}

	@Override
	protected AuditLogPanel initContent() {
		return new AuditLogPanel("nav.audit",
				List.of("workspace.", "member.", "invitation.", "product.", "strategy.", "hypothesis.", "evidence.",
						"segment.", "roadmap.", "client.", "contact.", "share.", "request."),
				new AuditLogPanel.Source() {
					@Override
					public java.util.stream.Stream<AuditEntry> page(AuditFilter filter, int offset, int limit) {
						return trail.workspaceEvents(filter, offset, limit).stream();
					}

					@Override
					public int count(AuditFilter filter) {
						return trail.countWorkspaceEvents(filter);
					}
				});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.audit");
	}

}
