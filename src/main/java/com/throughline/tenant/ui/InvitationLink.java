package com.throughline.tenant.ui;

import com.throughline.platform.ui.Links;
import com.throughline.platform.ui.RoleLabels;
import com.throughline.tenant.domain.IssuedInvitation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The invitation link, read-only, with a button that copies it. */
public class InvitationLink extends VerticalLayout {

	public InvitationLink(IssuedInvitation invitation) {
		setPadding(false);
		String link = Links.absolute(invitation.path());
		var field = new TextField(getTranslation("invitation.link"));
		field.setId("invitation-link");
		field.setValue(link);
		field.setReadOnly(true);
		field.setWidthFull();
		var copy = new Button(getTranslation("invitation.copy"), VaadinIcon.COPY.create(), click -> {
			getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", link));
			Notification.show(getTranslation("invitation.copied"));
		});
		copy.setId("invitation-copy");
		var row = new HorizontalLayout(field, copy);
		row.setWidthFull();
		row.setAlignItems(Alignment.BASELINE);
		add(new Paragraph(
				getTranslation("invitation.link.help", invitation.email(), RoleLabels.label(this, invitation.role()))),
				row);
		setMinWidth("28rem");
	}

}
