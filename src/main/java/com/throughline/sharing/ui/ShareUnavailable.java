package com.throughline.sharing.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one neutral page for a share that cannot be shown, whatever the reason: unknown,
 * not yours, revoked, expired or malformed.
 */
class ShareUnavailable extends Main {

	ShareUnavailable() {
		setId("share-unavailable");
		addClassName("empty-state");
		add(new H2(getTranslation("shared.unavailable.title")),
				new Paragraph(getTranslation("shared.unavailable.message")));
	}

}
