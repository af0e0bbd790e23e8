package com.throughline.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every user-visible text, in English, Spanish and Simplified Chinese, from
 * {@code i18n/messages*.properties}. Messages with parameters use {@link MessageFormat},
 * so a literal apostrophe in them is written twice.
 */
@Component
public class Translations implements I18NProvider {

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final Locale SPANISH = Locale.forLanguageTag("es");

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH, CHINESE);

	static final String BUNDLE = "i18n/messages";

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

	@Override
	public List<Locale> getProvidedLocales() {
		return SUPPORTED;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			String pattern = bundle(locale).getString(key);
			return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation '{}' for {}", key, locale);
			return "!" + key + "!";
		}
	}

	/** The supported locale closest to the one asked for; English when none is close. */
	public static Locale supported(Locale locale) {
		return switch (locale.getLanguage()) {
			case "es" -> SPANISH;
			case "zh" -> CHINESE;
			default -> ENGLISH;
		};
	}

	/** Kept once loaded: {@code ResourceBundle}'s own cache costs a lookup per text. */
	static ResourceBundle bundle(Locale locale) {
		return BUNDLES.computeIfAbsent(supported(locale),
				target -> ResourceBundle.getBundle(BUNDLE, target.equals(ENGLISH) ? Locale.ROOT : target, NO_FALLBACK));
	}

}
