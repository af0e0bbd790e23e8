package com.throughline.tenant.ui;

import java.util.Currency;
import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.LanguageLabels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.tenant.domain.WorkspaceProfile;
import com.throughline.tenant.domain.WorkspaceService;
import com.throughline.tenant.domain.WorkspaceSettings;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tenant admin edits the company's settings; a save that lost a race says so and
 * reloads.
 */
@Route(value = "settings", layout = MainLayout.class)
@Menu(title = "nav.settings", order = 60, icon = "vaadin:cog")
@RolesAllowed("ADMIN")
public class WorkspaceSettingsView extends VerticalLayout implements HasDynamicTitle {

	private final WorkspaceService workspace;

	private final TextField name = new TextField();

	private final Select<String> defaultLocale = new Select<>();

	private final ComboBox<String> currency = new ComboBox<>();

	private final Binder<SettingsDraft> binder = new Binder<>();

	private WorkspaceProfile loaded;

	public WorkspaceSettingsView(WorkspaceService workspace) {
		this.workspace = workspace;
		addClassName("page");
		configureFields();
		var save = new Button(getTranslation("action.save"), click -> save());
		save.setId("save-settings");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickShortcut(Key.ENTER);
		var form = new FormLayout(name, defaultLocale, currency);
		form.setMaxWidth("40rem");
		add(new H2(getTranslation("nav.settings")), form, save);
		loaded = workspace.profile();
		show(loaded);
	}

	private void configureFields() {
		name.setId("workspace-name-field");
		name.setLabel(getTranslation("tenant.name"));
		name.setMaxLength(WorkspaceProfile.NAME_MAX_LENGTH);
		defaultLocale.setId("default-locale");
		defaultLocale.setLabel(getTranslation("settings.default-locale"));
		defaultLocale.setItems(LanguageLabels.TAGS);
		defaultLocale.setItemLabelGenerator(tag -> LanguageLabels.label(this, tag));
		currency.setId("currency");
		currency.setLabel(getTranslation("settings.currency"));
		currency.setHelperText(getTranslation("settings.currency.helper"));
		currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
		binder.forField(name)
			.asRequired(getTranslation("validation.required"))
			.withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 1,
					WorkspaceProfile.NAME_MAX_LENGTH))
			.bind(SettingsDraft::getName, SettingsDraft::setName);
		binder.forField(defaultLocale)
			.asRequired(getTranslation("validation.required"))
			.bind(SettingsDraft::getDefaultLocale, SettingsDraft::setDefaultLocale);
		binder.forField(currency)
			.asRequired(getTranslation("validation.required"))
			.bind(SettingsDraft::getCurrency, SettingsDraft::setCurrency);
	}

	private void save() {
		var draft = new SettingsDraft();
		if (!binder.writeBeanIfValid(draft)) {
			return;
		}
		try {
			loaded = workspace.updateSettings(
					new WorkspaceSettings(draft.getName(), draft.getDefaultLocale(), draft.getCurrency()),
					loaded.version());
			show(loaded);
			Feedback.success(this, "settings.saved");
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("name", name, "defaultLocale", defaultLocale, "currency", currency));
		}
		catch (ConcurrentEditException ex) {
			loaded = workspace.profile();
			show(loaded);
			Feedback.problem(this, "edit.conflict");
		}
	}

	private void show(WorkspaceProfile profile) {
		var draft = new SettingsDraft();
		draft.setName(profile.name());
		draft.setDefaultLocale(profile.defaultLocale());
		draft.setCurrency(profile.currency());
		binder.readBean(draft);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.settings");
	}

	private static final class SettingsDraft {

		private String name = "";

		private String defaultLocale = "en";

		private String currency = "USD";

		String getName() {
			return name;
		}

		void setName(String name) {
			this.name = name;
		}

		String getDefaultLocale() {
			return defaultLocale;
		}

		void setDefaultLocale(String defaultLocale) {
			this.defaultLocale = defaultLocale;
		}

		String getCurrency() {
			return currency;
		}

		void setCurrency(String currency) {
			this.currency = currency;
		}

	}

}
