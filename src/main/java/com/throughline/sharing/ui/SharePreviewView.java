package com.throughline.sharing.ui;

import java.util.UUID;

import com.throughline.platform.NotFoundException;
import com.throughline.platform.ui.MainLayout;
import com.throughline.sharing.domain.Persona;
import com.throughline.sharing.domain.SharingService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** The team's preview of a share exactly as a buyer or a user of the client sees it. */
@Route(value = "shares/:shareId/preview/:persona", layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class SharePreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SharingService sharing;

	public SharePreviewView(SharingService sharing) {
		this.sharing = sharing;
		addClassName("page");
	}

	static RouteParameters parameters(UUID shareId, Persona persona) {
		return new RouteParameters(
				java.util.Map.of("shareId", shareId.toString(), "persona", persona.name().toLowerCase()));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		UUID shareId;
		Persona persona;
		try {
			shareId = UUID.fromString(event.getRouteParameters().get("shareId").orElse(""));
			persona = Persona.valueOf(event.getRouteParameters().get("persona").orElse("").toUpperCase());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Share");
		}
		var banner = new Span(getTranslation("share.preview-banner",
				getTranslation(persona == Persona.BUYER ? "share.persona.buyer" : "share.persona.user")));
		banner.addClassNames("badge", "status-testing");
		add(new RouterLink(getTranslation("share.all"), SharesView.class), banner);
		sharing.preview(shareId, persona)
			.ifPresentOrElse(roadmap -> add(new SharedRoadmapPanel(roadmap)),
					() -> add(new Paragraph(getTranslation("share.preview-empty"))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("share.preview");
	}

}
