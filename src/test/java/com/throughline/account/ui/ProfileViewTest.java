package com.throughline.account.ui;

import java.util.UUID;

import com.throughline.db.tables.records.AppUserRecord;
import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.throughline.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewTest extends KaribuTest {

	String email;

	@BeforeEach
	void aPersonOnTheirProfile() {
		UUID tenant = fixtures.tenant("Profile Works");
		email = fixtures.personIn(tenant, Role.VIEWER);
		signInAs(email);
		navigate("profile");
	}

	@Test
	void a_wrong_current_password_is_refused_next_to_that_field_and_the_password_stays() {
		_setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), "not-my-password");
		_setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "correct horse battery");
		_click(_get(Button.class, spec -> spec.withId("change-password")));

		var current = _get(PasswordField.class, spec -> spec.withId("current-password"));
		assertThat(current.isInvalid()).isTrue();
		assertThat(current.getErrorMessage()).isEqualTo("The current password is not correct.");
		assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).isInvalid()).isFalse();
		expectNoNotifications();
		assertThat(stored().getPasswordHash()).isEqualTo("{noop}" + Fixtures.PASSWORD);
	}

	@Test
	void a_new_display_name_is_saved_and_confirmed() {
		_setValue(nameField(), "Noor Haddad");
		_click(_get(Button.class, spec -> spec.withId("save-profile")));

		expectNotifications("Profile saved");
		assertThat(nameField().getValue()).isEqualTo("Noor Haddad");
		assertThat(stored().getDisplayName()).isEqualTo("Noor Haddad");
	}

	private TextField nameField() {
		return _get(TextField.class, spec -> spec.withId("profile-name"));
	}

	private AppUserRecord stored() {
		return fixtures.owner().selectFrom(APP_USER).where(APP_USER.EMAIL.eq(email)).fetchSingle();
	}

}
