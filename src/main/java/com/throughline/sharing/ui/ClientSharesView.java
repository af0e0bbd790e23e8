package com.throughline.sharing.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.ui.MainLayout;
import com.throughline.sharing.domain.ClientPortalService;
import com.throughline.sharing.domain.ClientShare;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** A signed-in client contact's landing page: the roadmaps shared with their company. */
@Route(value = "client", layout = MainLayout.class)
@Menu(title = "nav.client-shares", order = 1, icon = "vaadin:road")
@RolesAllowed({ "CLIENT_BUYER", "CLIENT_USER" })
public class ClientSharesView extends VerticalLayout implements HasDynamicTitle {

	public ClientSharesView(ClientPortalService portal) {
		addClassName("page");
		var title = new H2(getTranslation("client-portal.title"));
		title.setId("page-title");
		add(title);
		var shares = portal.shares();
		if (shares.isEmpty()) {
			var empty = new Paragraph(getTranslation("client-portal.empty"));
			empty.setId("client-portal-empty");
			empty.addClassName("empty-state");
			add(empty);
		}
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
		shares.forEach(share -> add(card(share, dates)));
	}

	private Div card(ClientShare share, DateTimeFormatter dates) {
		var link = new RouterLink(share.productName(), ClientShareView.class,
				new RouteParameters("shareId", share.id().toString()));
		var card = new Div(new H3(link),
				new Paragraph(getTranslation("shared.from", share.companyName(), share.clientName())),
				new Paragraph(getTranslation("shared.valid-until", dates.format(share.expiresOn()))));
		card.addClassNames("phase", "client-share");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("client-portal.title");
	}

}
