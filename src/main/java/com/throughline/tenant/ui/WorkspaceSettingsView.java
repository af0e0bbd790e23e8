package com.throughline.tenant.ui;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.MainLayout;
import com.throughline.tenant.domain.WorkspaceProfile;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tenant admin renames the workspace; a save that lost a race says so and reloads.
 */
@Route(value = "settings", layout = MainLayout.class)
@Menu(title = "nav.settings", order = 60, icon = "vaadin:cog")
@RolesAllowed("ADMIN")
public class WorkspaceSettingsView extends VerticalLayout implements HasDynamicTitle {

	private final WorkspaceService workspace;

	private final TextField name = new TextField();

	private final Binder<NameDraft> binder = new Binder<>();

	private WorkspaceProfile loaded;

	public WorkspaceSettingsView(WorkspaceService workspace) {
		this.workspace = workspace;
		addClassName("page");
		name.setId("workspace-name-field");
		name.setLabel(getTranslation("tenant.name"));
		name.setMaxLength(WorkspaceProfile.NAME_MAX_LENGTH);
		binder.forField(name)
			.asRequired(getTranslation("validation.required"))
			.withValidator(new StringLengthValidator(getTranslation("validation.too-long"), 1,
					WorkspaceProfile.NAME_MAX_LENGTH))
			.bind(NameDraft::getName, NameDraft::setName);
		var save = new Button(getTranslation("action.save"), click -> save());
		save.setId("save-settings");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickShortcut(Key.ENTER);
		var form = new FormLayout(name);
		form.setMaxWidth("40rem");
		add(new H2(getTranslation("nav.settings")), form, save);
		loaded = workspace.profile();
		show(loaded);
	}

	private void save() {
		var draft = new NameDraft();
		if (!binder.writeBeanIfValid(draft)) {
			return;
		}
		try {
			loaded = workspace.rename(draft.getName(), loaded.version());
			show(loaded);
			Notification.show(getTranslation("settings.saved")).addThemeVariants(NotificationVariant.SUCCESS);
		}
		catch (InvalidInputException ex) {
			name.setInvalid(true);
			name.setErrorMessage(getTranslation(ex.messageKey()));
		}
		catch (ConcurrentEditException ex) {
			loaded = workspace.profile();
			show(loaded);
			Notification.show(getTranslation("edit.conflict"), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.WARNING);
		}
	}

	private void show(WorkspaceProfile profile) {
		var draft = new NameDraft();
		draft.setName(profile.name());
		binder.readBean(draft);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.settings");
	}

	private static final class NameDraft {

		private String name = "";

		String getName() {
			return name;
		}

		void setName(String name) {
			this.name = name;
		}

	}

}
