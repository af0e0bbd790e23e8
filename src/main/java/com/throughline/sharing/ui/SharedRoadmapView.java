package com.throughline.sharing.ui;

import com.throughline.platform.security.SignedInPerson;
import com.throughline.sharing.domain.SharingService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a client's secret link lands. The link's persona decides the view; unknown,
 * revoked, expired and malformed links all get the same neutral page.
 */
@Route("r/:token")
@AnonymousAllowed
public class SharedRoadmapView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final SharingService sharing;

	public SharedRoadmapView(SharingService sharing) {
		this.sharing = sharing;
		addClassName("page");
	}

	/**
	 * A link holder's session ends after this long without a request (heartbeats count),
	 * not after the signed-in default: link openings come in bulk, and each session holds
	 * memory.
	 */
	static final int LINK_HOLDER_IDLE_SECONDS = 600;

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		if (SignedInPerson.current().isEmpty()) {
			VaadinSession.getCurrent().getSession().setMaxInactiveInterval(LINK_HOLDER_IDLE_SECONDS);
		}
		String token = event.getRouteParameters().get("token").orElse("");
		var request = VaadinServletRequest.getCurrent();
		String address = request == null ? "unknown" : request.getRemoteAddr();
		sharing.open(token, address)
			.ifPresentOrElse(
					roadmap -> add(new SharedRoadmapPanel(roadmap,
							(itemId, comment) -> sharing.react(token, itemId, comment, address))),
					() -> add(new ShareUnavailable()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("shared.title");
	}

}
