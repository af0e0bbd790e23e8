package com.throughline.sharing.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.sharing.domain.Persona;
import com.throughline.sharing.domain.Share;
import com.throughline.sharing.domain.SharingService;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Key clients and the roadmaps shared with them: who sees what until when, how often they
 * looked, and the revoke button.
 */
@Route(value = "shares", layout = MainLayout.class)
@Menu(title = "nav.shares", order = 35, icon = "vaadin:share")
@RolesAllowed("VIEWER")
public class SharesView extends VerticalLayout implements HasDynamicTitle {

	private final SharingService sharing;

	private final RoadmapService roadmap;

	private final ShareDialog.Services services;

	private final Grid<Share> shares = new Grid<>();

	public SharesView(SharingService sharing, KeyClientService keyClients, StrategyService strategy,
			RoadmapService roadmap) {
		this.sharing = sharing;
		this.roadmap = roadmap;
		this.services = new ShareDialog.Services(sharing, keyClients, strategy, roadmap);
		addClassName("page");
		var newShare = new Button(getTranslation("share.create"), VaadinIcon.SHARE.create(),
				click -> new ShareDialog(services, null, this::refresh).open());
		newShare.setId("create-share");
		newShare.addThemeVariants(ButtonVariant.PRIMARY);
		newShare.setVisible(Permissions.canEdit());
		var header = new HorizontalLayout(new H2(getTranslation("nav.shares")), newShare);
		header.setAlignItems(Alignment.BASELINE);
		configureShares();
		add(header, new Paragraph(getTranslation("share.help")), shares);
		refresh();
	}

	private void configureShares() {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		LocalDate today = roadmap.today();
		shares.setId("shares");
		shares.addColumn(Share::clientName).setHeader(getTranslation("client.name"));
		shares.addColumn(Share::productName).setHeader(getTranslation("hypothesis.product"));
		shares.addColumn(s -> dates.format(s.expiresOn())).setHeader(getTranslation("share.expires"));
		shares
			.addColumn(s -> getTranslation(
					s.revokedAt() != null ? "share.revoked" : s.active(today) ? "share.active" : "share.expired"))
			.setHeader(getTranslation("tenant.status"));
		shares.addColumn(Share::views).setHeader(getTranslation("share.views"));
		shares.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
		shares.setEmptyStateText(getTranslation("share.empty"));
	}

	private HorizontalLayout actions(Share share) {
		var log = new Button(getTranslation("share.view-log"), click -> new ShareViewLog(sharing, share).open());
		log.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		log.addClassName("share-view-log");
		var bar = new HorizontalLayout(log);
		if (!Permissions.canEdit()) {
			return bar;
		}
		for (Persona persona : Persona.values()) {
			var preview = new Button(
					getTranslation(persona == Persona.BUYER ? "share.preview-buyer" : "share.preview-user"),
					click -> getUI().ifPresent(ui -> ui.navigate(SharePreviewView.class,
							SharePreviewView.parameters(share.id(), persona))));
			preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			bar.add(preview);
		}
		if (share.revokedAt() == null) {
			var revoke = new Button(getTranslation("share.revoke"), click -> Feedback.confirm(this,
					"share.revoke.title", "share.revoke.message", "share.revoke", () -> {
						sharing.revoke(share.id());
						Feedback.success(this, "share.revoked-now", share.clientName());
						refresh();
					}, share.clientName()));
			revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			var reissue = new Button(getTranslation("share.reissue"), click -> Feedback.confirm(this,
					"share.reissue.title", "share.reissue.message", "share.reissue", () -> {
						var dialog = new ShareDialog(services, share, this::refresh);
						dialog.setHeaderTitle(getTranslation("share.reissue"));
						dialog.showLinks(sharing.reissueLinks(share.id()));
						dialog.open();
					}, share.clientName()));
			reissue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			reissue.addClassName("share-reissue");
			reissue.setVisible(share.active(roadmap.today()));
			var edit = new Button(getTranslation("share.edit"),
					click -> new ShareDialog(services, share, this::refresh).open());
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			edit.addClassName("share-edit");
			bar.add(edit, reissue, revoke);
		}
		return bar;
	}

	private void refresh() {
		GridRows.show(shares, sharing.shares());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.shares");
	}

}
