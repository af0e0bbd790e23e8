package com.throughline.tenant.ui;

import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.support.KaribuTest;
import com.throughline.support.SignIn;
import com.throughline.tenant.domain.InvitationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

class InvitationViewTest extends KaribuTest {

	static final String STRONG_PASSWORD = "correct horse battery";

	static final String UNAVAILABLE = "This link is no longer valid";

	@Autowired
	InvitationService invitations;

	UUID tenant;

	String invitee;

	String token;

	@BeforeEach
	void anInvitationForSomeoneNew() {
		tenant = fixtures.tenant("Tidewater Studio");
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		invitee = "newcomer-" + UUID.randomUUID() + "@example.test";
		token = invitations.invite(invitee, Role.EDITOR).token();
		SignIn.signOut();
	}

	@Test
	void an_unknown_link_shows_the_neutral_page() {
		navigate("invitation/not-a-real-token");

		assertThat(_get(H2.class).getText()).isEqualTo(UNAVAILABLE);
		_assertNone(PasswordField.class);
	}

	@Test
	void a_new_person_sees_the_company_and_a_name_and_password_form() {
		navigate("invitation/" + token);

		assertThat(_get(H2.class).getText()).isEqualTo("Join Tidewater Studio on Throughline");
		_assertOne(TextField.class, spec -> spec.withId("display-name"));
		_assertOne(PasswordField.class, spec -> spec.withId("new-password"));
	}

	@Test
	void a_weak_password_is_refused_next_to_the_field_and_no_account_is_created() {
		navigate("invitation/" + token);

		_setValue(nameField(), "Nia Reyes");
		_setValue(passwordField(), "short");
		_click(createButton());

		assertThat(passwordField().isInvalid()).isTrue();
		assertThat(passwordField().getErrorMessage()).isEqualTo("The password is too short: at least 12 characters.");
		assertThat(accountsWithInviteeEmail()).isZero();
	}

	@Test
	void a_new_person_with_a_strong_password_is_welcomed_and_their_account_joins_the_company() {
		navigate("invitation/" + token);

		_setValue(nameField(), "Nia Reyes");
		_setValue(passwordField(), STRONG_PASSWORD);
		_click(createButton());

		assertThat(_get(H2.class).getText()).isEqualTo("Welcome aboard");
		var account = fixtures.owner().selectFrom(APP_USER).where(APP_USER.EMAIL.eq(invitee)).fetchSingle();
		assertThat(account.getDisplayName()).isEqualTo("Nia Reyes");
		assertThat(fixtures.owner()
			.select(MEMBERSHIP.ROLE)
			.from(MEMBERSHIP)
			.where(MEMBERSHIP.TENANT_ID.eq(tenant).and(MEMBERSHIP.USER_ID.eq(account.getId())))
			.fetchSingle()
			.value1()).isEqualTo(Role.EDITOR);
	}

	@Test
	void a_link_already_used_shows_the_neutral_page() {
		navigate("invitation/" + token);
		_setValue(nameField(), "Nia Reyes");
		_setValue(passwordField(), STRONG_PASSWORD);
		_click(createButton());

		navigate("invitation/" + token);

		assertThat(_get(H2.class).getText()).isEqualTo(UNAVAILABLE);
		_assertNone(PasswordField.class);
		assertThat(accountsWithInviteeEmail()).isOne();
	}

	private TextField nameField() {
		return _get(TextField.class, spec -> spec.withId("display-name"));
	}

	private PasswordField passwordField() {
		return _get(PasswordField.class, spec -> spec.withId("new-password"));
	}

	private Button createButton() {
		return _get(Button.class, spec -> spec.withId("create-account"));
	}

	private int accountsWithInviteeEmail() {
		return fixtures.owner().fetchCount(APP_USER, APP_USER.EMAIL.equalIgnoreCase(invitee));
	}

}
