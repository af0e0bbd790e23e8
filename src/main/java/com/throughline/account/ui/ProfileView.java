package com.throughline.account.ui;

import java.util.Locale;
import java.util.Map;

import com.throughline.account.domain.PasswordPolicy;
import com.throughline.account.domain.Profile;
import com.throughline.account.domain.ProfileService;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.i18n.Translations;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.LanguageLabels;
import com.throughline.platform.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A person's own profile: name, language, and password. */
@Route(value = "profile", layout = MainLayout.class)
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

	/** The "follow my browser" choice in the language list. */
	static final String BROWSER = "browser";

	private final ProfileService profiles;

	private final TextField displayName = new TextField();

	private final TextField email = new TextField();

	private final Select<String> language = new Select<>();

	private final PasswordField currentPassword = new PasswordField();

	private final PasswordField newPassword = new PasswordField();

	private Profile loaded;

	public ProfileView(ProfileService profiles) {
		this.profiles = profiles;
		addClassName("page");
		displayName.setId("profile-name");
		displayName.setLabel(getTranslation("profile.display-name"));
		displayName.setMaxLength(Profile.DISPLAY_NAME_MAX_LENGTH);
		displayName.setRequiredIndicatorVisible(true);
		email.setLabel(getTranslation("member.email"));
		email.setReadOnly(true);
		language.setId("profile-language");
		language.setLabel(getTranslation("profile.language"));
		language
			.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(BROWSER), LanguageLabels.TAGS.stream())
				.toList());
		language.setItemLabelGenerator(tag -> BROWSER.equals(tag) ? getTranslation("profile.language.browser")
				: LanguageLabels.label(this, tag));
		var save = new Button(getTranslation("action.save"), click -> saveProfile());
		save.setId("save-profile");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		currentPassword.setId("current-password");
		currentPassword.setLabel(getTranslation("profile.current-password"));
		newPassword.setId("new-password");
		newPassword.setLabel(getTranslation("profile.new-password"));
		newPassword.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
		var change = new Button(getTranslation("profile.change-password"), click -> changePassword());
		change.setId("change-password");
		var profileForm = new FormLayout(displayName, email, language);
		profileForm.setMaxWidth("40rem");
		var passwordForm = new FormLayout(currentPassword, newPassword);
		passwordForm.setMaxWidth("40rem");
		add(new H2(getTranslation("profile.title")), profileForm, save, new H3(getTranslation("profile.password")),
				passwordForm, change);
		show(profiles.mine());
	}

	private void show(Profile profile) {
		loaded = profile;
		displayName.setValue(profile.displayName());
		email.setValue(profile.email());
		language.setValue(profile.locale() == null ? BROWSER : profile.locale());
	}

	private void saveProfile() {
		displayName.setInvalid(false);
		String locale = BROWSER.equals(language.getValue()) ? null : language.getValue();
		try {
			show(profiles.update(displayName.getValue(), locale, loaded.version()));
			if (locale != null) {
				UI.getCurrent().setLocale(Translations.supported(Locale.forLanguageTag(locale)));
			}
			Feedback.success(this, "profile.saved");
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("displayName", displayName, "locale", language));
		}
		catch (ConcurrentEditException ex) {
			show(profiles.mine());
			Feedback.problem(this, "edit.conflict");
		}
	}

	private void changePassword() {
		currentPassword.setInvalid(false);
		newPassword.setInvalid(false);
		try {
			profiles.changePassword(currentPassword.getValue(), newPassword.getValue());
			currentPassword.clear();
			newPassword.clear();
			Feedback.success(this, "profile.password-changed");
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("profile.title");
	}

}
