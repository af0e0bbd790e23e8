package com.throughline.sharing.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.throughline.platform.ui.GridRows;
import com.throughline.sharing.domain.Persona;
import com.throughline.sharing.domain.Share;
import com.throughline.sharing.domain.ShareViewEntry;
import com.throughline.sharing.domain.SharingService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

/** When a share was opened, as which persona, and by which contact or through a link. */
class ShareViewLog extends Dialog {

	ShareViewLog(SharingService sharing, Share share) {
		setHeaderTitle(getTranslation("share.view-log.title", share.clientName(), share.productName()));
		setWidth("40rem");
		var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
		var grid = new Grid<ShareViewEntry>();
		grid.setId("share-views");
		grid.addColumn(v -> times.format(v.viewedAt())).setHeader(getTranslation("share.view-log.when"));
		grid.addColumn(
				v -> getTranslation(v.persona() == Persona.BUYER ? "contact.persona.buyer" : "contact.persona.user"))
			.setHeader(getTranslation("contact.persona"));
		grid.addColumn(v -> v.contactName() == null ? getTranslation("share.view-log.by-link") : v.contactName())
			.setHeader(getTranslation("share.view-log.who"));
		grid.setEmptyStateText(getTranslation("share.view-log.empty"));
		GridRows.show(grid, sharing.views(share.id()));
		add(grid);
		getFooter().add(new Button(getTranslation("action.done"), click -> close()));
	}

}
