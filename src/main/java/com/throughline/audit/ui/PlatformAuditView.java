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

/** The platform admin's log of provisioning and account actions. */
@Route(value = "platform/audit", layout = MainLayout.class)
@Menu(title = "nav.platform-audit", order = 92, icon = "vaadin:records")
@RolesAllowed("PLATFORM_ADMIN")
public class PlatformAuditView extends Composite<AuditLogPanel> implements HasDynamicTitle {

	private final AuditTrailService trail;

	public PlatformAuditView(AuditTrailService trail) {
		this.trail = trail;
	}

	@Override
	protected AuditLogPanel initContent() {
		return new AuditLogPanel("nav.platform-audit", List.of("tenant.", "account."), new AuditLogPanel.Source() {
			@Override
			public java.util.stream.Stream<AuditEntry> page(AuditFilter filter, int offset, int limit) {
				return trail.platformEvents(filter, offset, limit).stream();
			}

			@Override
			public int count(AuditFilter filter) {
				return trail.countPlatformEvents(filter);
			}
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.platform-audit");
	}

}
