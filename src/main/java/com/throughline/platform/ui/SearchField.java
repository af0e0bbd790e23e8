package com.throughline.platform.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A search box that narrows a list as the person types, after a short pause. */
public class SearchField extends TextField {

	public SearchField(String id, Runnable onChange) {
		setId(id);
		setPlaceholder(getTranslation("action.search"));
		setAriaLabel(getTranslation("action.search"));
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setClearButtonVisible(true);
		setValueChangeMode(ValueChangeMode.LAZY);
		addValueChangeListener(change -> onChange.run());
	}

}
