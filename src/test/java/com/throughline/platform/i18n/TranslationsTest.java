package com.throughline.platform.i18n;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.EvidenceKind;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.security.Role;
import com.throughline.platform.ui.Labels;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.PhaseKind;
import com.throughline.strategy.domain.PhaseStatus;
import com.throughline.platform.security.TenantStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person sees exists in English, Spanish and Simplified Chinese, and views
 * use keys, not literal sentences.
 */
class TranslationsTest {

	private static final Path MAIN = Path.of("src", "main", "java");

	/** A translation key: lower-case words joined by dots, e.g. {@code login.title}. */
	private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

	private static final Pattern KEY_USE = Pattern
		.compile("(?:getTranslation\\(|title = |Key\\(|asRequired\\()\"([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	/**
	 * Lines whose literals are technical (CSS, ids, icons, routes), not text people read.
	 */
	private static final Pattern TECHNICAL_LINE = Pattern
		.compile("addClassName|addClassNames|setClassName|getStyle\\(\\)|setId\\(|setAttribute|getElement\\(\\)|"
				+ "@Route|@Menu|@StyleSheet|@Meta|@CssImport|setWidth|setHeight|setMaxWidth|setMinWidth|"
				+ "new Icon\\(|getThemeList|Theme\\(|Exception\\(|log\\.|Logger|new Anchor\\(\"/\"|setLocation\\(|forwardTo\\(\"");

	private final Translations translations = new Translations();

	@Test
	void every_language_has_every_key_and_no_empty_text() {
		Set<String> english = keys(Translations.ENGLISH);
		assertThat(english).isNotEmpty();
		for (Locale locale : Translations.SUPPORTED) {
			assertThat(keys(locale)).as("keys in %s", locale).isEqualTo(english);
			for (String key : english) {
				assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale).isNotBlank();
			}
		}
	}

	@Test
	void every_key_used_in_the_code_exists() throws IOException {
		Set<String> known = keys(Translations.ENGLISH);
		Set<String> used = new TreeSet<>(keysUsedIn(MAIN));
		for (Role role : Role.values()) {
			used.add("role." + role.name().toLowerCase());
		}
		for (TenantStatus status : TenantStatus.values()) {
			used.add("tenant.status." + status.name().toLowerCase());
		}
		auditActions().forEach(action -> used.add("audit.action." + action));
		for (Class<? extends Enum<?>> labelled : List.of(Market.class, PhaseKind.class, PhaseStatus.class,
				Advantage.class, Direction.class, TestMethod.class, HypothesisStatus.class, EvidenceKind.class,
				com.throughline.segment.domain.Tier.class, com.throughline.segment.domain.PricingUnit.class,
				com.throughline.segment.domain.Operator.class, com.throughline.segment.domain.CriterionStrength.class,
				com.throughline.segment.domain.SalesMotion.class, com.throughline.roadmap.domain.ItemStatus.class,
				com.throughline.roadmap.domain.Confidence.class)) {
			for (Enum<?> value : labelled.getEnumConstants()) {
				used.add(Labels.key(value));
			}
		}
		for (HypothesisStatus status : HypothesisStatus.values()) {
			if (status != HypothesisStatus.DRAFT) {
				used.add("audit.action.hypothesis." + status.name().toLowerCase());
			}
		}
		List.of("draft", "ready", "testing").forEach(status -> used.add("hypothesis.not-" + status));
		used.removeAll(known);
		assertThat(used).as("keys used in code but missing from messages.properties").isEmpty();
	}

	@Test
	void views_contain_no_hard_coded_text() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(p -> p.toString().contains("/ui/") && p.toString().endsWith(".java"))
				.toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).strip();
					if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
							|| TECHNICAL_LINE.matcher(line).find()) {
						continue;
					}
					Matcher literal = STRING_LITERAL.matcher(line);
					while (literal.find()) {
						if (isHumanText(literal.group(1))) {
							offenders.add(file.getFileName() + ":" + (i + 1) + " " + literal.group());
						}
					}
				}
			}
		}
		assertThat(offenders).as("hard-coded user-visible strings; use getTranslation(key)").isEmpty();
	}

	@Test
	void unknown_languages_fall_back_to_english_and_chinese_variants_to_simplified() {
		assertThat(translations.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Sign in");
		assertThat(translations.getTranslation("login.submit", Locale.forLanguageTag("es-MX")))
			.isEqualTo("Iniciar sesión");
		assertThat(translations.getTranslation("login.submit", Locale.CHINA)).isEqualTo("登录");
		assertThat(translations.getTranslation("dashboard.title", Locale.ENGLISH, "Acme")).isEqualTo("Welcome to Acme");
	}

	/**
	 * Letters forming words: anything else (keys, symbols, numbers, CSS values) is not
	 * text.
	 */
	private static boolean isHumanText(String literal) {
		if (literal.isBlank() || KEY.matcher(literal).matches()) {
			return false;
		}
		return literal.matches(".*\\p{IsHan}.*") || literal.matches(".*[A-Za-z]{2,}.*\\s.*[A-Za-z]{2,}.*")
				|| literal.matches("[A-Z][a-z]+.*");
	}

	/**
	 * Actions written to the audit logs, from Java and from the migrations' functions.
	 */
	private static Set<String> auditActions() throws IOException {
		Set<String> actions = new TreeSet<>();
		var java = Pattern.compile("(?:record(?:Platform)?\\(|changeStatus\\([^\"]*)\"([a-z-]+\\.[a-z-]+)\"");
		var sql = Pattern.compile("'([a-z-]+\\.[a-z-]+)', inv\\.email");
		for (Path root : List.of(MAIN, Path.of("db", "migration"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String text = Files.readString(file);
					for (Pattern pattern : List.of(java, sql)) {
						Matcher matcher = pattern.matcher(text);
						while (matcher.find()) {
							actions.add(matcher.group(1));
						}
					}
				}
			}
		}
		assertThat(actions).contains("invitation.accepted", "tenant.suspended", "member.removed");
		return actions;
	}

	/** Literal keys handed to getTranslation(...) or used as @Menu titles. */
	private static List<String> keysUsedIn(Path root) throws IOException {
		List<String> keys = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_USE.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		assertThat(keys).isNotEmpty();
		return keys;
	}

	private static Set<String> keys(Locale locale) {
		return new TreeSet<>(Translations.bundle(locale).keySet());
	}

}
