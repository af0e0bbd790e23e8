package com.throughline.tenant.ui;

import java.util.Map;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.tenant.domain.NewTenant;
import com.throughline.tenant.domain.PlatformService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Provisions a company and invites its first admin; then shows the invitation link to
 * send.
 */
class NewTenantDialog extends Dialog {

	private final PlatformService platform;

	private final Runnable onCreated;

	private final TextField name = new TextField();

	private final TextField slug = new TextField();

	private final EmailField adminEmail = new EmailField();

	NewTenantDialog(PlatformService platform, Runnable onCreated) {
		this.platform = platform;
		this.onCreated = onCreated;
		setHeaderTitle(getTranslation("tenant.create"));
		name.setId("tenant-name");
		name.setLabel(getTranslation("tenant.name"));
		name.setRequiredIndicatorVisible(true);
		slug.setId("tenant-slug");
		slug.setLabel(getTranslation("tenant.slug"));
		slug.setHelperText(getTranslation("tenant.slug.helper"));
		slug.setRequiredIndicatorVisible(true);
		adminEmail.setId("tenant-admin-email");
		adminEmail.setLabel(getTranslation("tenant.admin-email"));
		adminEmail.setRequiredIndicatorVisible(true);
		adminEmail.setErrorMessage(getTranslation("validation.email"));
		add(new FormLayout(name, slug, adminEmail));
		var create = new Button(getTranslation("tenant.create"), click -> create());
		create.setId("create-tenant-confirm");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.addClickShortcut(Key.ENTER);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
	}

	private void create() {
		name.setInvalid(false);
		slug.setInvalid(false);
		adminEmail.setInvalid(false);
		try {
			var invitation = platform.provision(new NewTenant(name.getValue(), slug.getValue(), adminEmail.getValue()));
			onCreated.run();
			removeAll();
			getFooter().removeAll();
			add(new InvitationLink(invitation));
			getFooter().add(new Button(getTranslation("action.done"), click -> close()));
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("name", name, "slug", slug, "adminEmail", adminEmail));
		}
	}

}
