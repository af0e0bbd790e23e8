package com.throughline.platform.ui;

import java.util.List;

import com.throughline.platform.Languages;
import com.vaadin.flow.component.Component;

/**
 * The languages Throughline speaks, by language tag, each named in the person's language.
 */
public final class LanguageLabels {

	public static final List<String> TAGS = Languages.TAGS;

	private LanguageLabels() {
	}

	public static String label(Component context, String tag) {
		return context.getTranslation("language." + tag.toLowerCase());
	}

}
