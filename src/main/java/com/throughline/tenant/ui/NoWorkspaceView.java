package com.throughline.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** For a person who belongs to no active company: says so, and how to get in. */
@Route("no-workspace")
@PermitAll
public class NoWorkspaceView extends Main implements HasDynamicTitle {

	public NoWorkspaceView(AuthenticationContext authentication) {
		addClassName("empty-state");
		setId("no-workspace");
		add(new H2(getTranslation("no-workspace.title")), new Paragraph(getTranslation("no-workspace.message")),
				new Button(getTranslation("menu.sign-out"), click -> authentication.logout()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("no-workspace.title");
	}

}
