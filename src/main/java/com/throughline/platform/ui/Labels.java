package com.throughline.platform.ui;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;

/**
 * Enum values as people read them: {@code HypothesisStatus.DRAFT} is the translation of
 * {@code hypothesis-status.draft}.
 */
public final class Labels {

	private static final Pattern WORD_START = Pattern.compile("([a-z])([A-Z])");

	private static final Map<Enum<?>, String> KEYS = new ConcurrentHashMap<>();

	private Labels() {
	}

	public static String of(Component context, Enum<?> value) {
		return context.getTranslation(key(value));
	}

	/** Worked out once per value: grids ask for it on every row they send. */
	public static String key(Enum<?> value) {
		return KEYS.computeIfAbsent(value, Labels::keyOf);
	}

	private static String keyOf(Enum<?> value) {
		String type = WORD_START.matcher(value.getDeclaringClass().getSimpleName()).replaceAll("$1-$2");
		return type.toLowerCase(Locale.ROOT) + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
