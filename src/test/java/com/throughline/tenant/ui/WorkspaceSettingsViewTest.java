package com.throughline.tenant.ui;

import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceSettingsViewTest extends KaribuTest {

	UUID tenant;

	@BeforeEach
	void anAdminOnTheSettingsPage() {
		tenant = fixtures.tenant("Orbit Labs");
		signInAs(fixtures.personIn(tenant, Role.ADMIN));
		navigate("settings");
	}

	@Test
	void a_blank_name_is_refused_next_to_the_field_and_nothing_is_saved() {
		TextField name = nameField();
		_setValue(name, "");
		_click(saveButton());

		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("This field is required");
		assertThat(storedName()).isEqualTo("Orbit Labs");
	}

	@Test
	void a_valid_name_is_saved_and_confirmed() {
		_setValue(nameField(), "Orbit Space");
		_click(saveButton());

		expectNotifications("Workspace settings saved");
		assertThat(storedName()).isEqualTo("Orbit Space");
	}

	@Test
	void a_save_that_lost_the_race_is_reported_and_the_other_version_shown() {
		fixtures.owner()
			.update(TENANT)
			.set(TENANT.NAME, "Renamed Elsewhere")
			.set(TENANT.VERSION, TENANT.VERSION.plus(1))
			.where(TENANT.ID.eq(tenant))
			.execute();

		_setValue(nameField(), "My Late Edit");
		_click(saveButton());

		expectNotifications(
				"Someone else saved this first. Their version is shown now; nothing of theirs was overwritten. Please make your change again.");
		assertThat(nameField().getValue()).isEqualTo("Renamed Elsewhere");
		assertThat(storedName()).isEqualTo("Renamed Elsewhere");
	}

	private TextField nameField() {
		return _get(TextField.class, spec -> spec.withId("workspace-name-field"));
	}

	private Button saveButton() {
		return _get(Button.class, spec -> spec.withId("save-settings"));
	}

	private String storedName() {
		return fixtures.owner().select(TENANT.NAME).from(TENANT).where(TENANT.ID.eq(tenant)).fetchSingle().value1();
	}

}
