package com.throughline.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * One answer for "does not exist", "belongs to another company" and "you may not open
 * this": never a hint that something exists elsewhere.
 */
abstract class NotFoundPage<E extends Exception> extends Section implements HasErrorParameter<E>, HasDynamicTitle {

	NotFoundPage() {
		addClassName("empty-state");
		setId("not-found");
		add(new H2(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.message")),
				new Anchor("/", getTranslation("not-found.home")));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("not-found.title");
	}

}
