package com.throughline.platform.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

/**
 * Enum values as people read them: {@code HypothesisStatus.DRAFT} is the translation of
 * {@code hypothesis-status.draft}.
 */
public final class Labels {

	private Labels() {
	}

	public static String of(Component context, Enum<?> value) {
		return context.getTranslation(key(value));
	}

	public static String key(Enum<?> value) {
		String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
		return type.toLowerCase(Locale.ROOT) + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
