package com.throughline.sharing.ui;

import java.util.UUID;

import com.throughline.platform.ui.MainLayout;
import com.throughline.sharing.domain.ClientPortalService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One roadmap shared with the signed-in contact's company, in the contact's persona —
 * never chosen by the URL. A share that is not theirs, revoked or expired shows the same
 * neutral page.
 */
@Route(value = "client/shares/:shareId", layout = MainLayout.class)
@RolesAllowed({ "CLIENT_BUYER", "CLIENT_USER" })
public class ClientShareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final ClientPortalService portal;

	public ClientShareView(ClientPortalService portal) {
		this.portal = portal;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		var all = new RouterLink(getTranslation("client-portal.all"), ClientSharesView.class);
		all.addClassName("no-print");
		add(all);
		UUID shareId;
		try {
			shareId = UUID.fromString(event.getRouteParameters().get("shareId").orElse(""));
		}
		catch (IllegalArgumentException ex) {
			add(new ShareUnavailable());
			return;
		}
		portal.open(shareId)
			.ifPresentOrElse(
					roadmap -> add(new SharedRoadmapPanel(roadmap,
							(itemId, comment) -> portal.react(shareId, itemId, comment))),
					() -> add(new ShareUnavailable()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("shared.title");
	}

}
