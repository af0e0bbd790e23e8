package com.throughline.account.domain;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.throughline.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ProfileServiceTest {

	@Autowired
	ProfileService profiles;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	String email;

	@BeforeEach
	void signedIn() {
		email = fixtures.personIn(fixtures.tenant("Profile Co"), Role.VIEWER);
		signIn.as(email);
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void a_person_changes_their_name_and_language() {
		var before = profiles.mine();

		var after = profiles.update("  Li Wei ", "zh-CN", before.version());

		assertThat(after.displayName()).isEqualTo("Li Wei");
		assertThat(after.locale()).isEqualTo("zh-CN");
		assertThatThrownBy(() -> profiles.update("Stale", null, before.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThatThrownBy(() -> profiles.update(" ", null, after.version())).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> profiles.update("Ok", "fr", after.version()))
			.isInstanceOf(InvalidInputException.class);
		assertThat(profiles.mine().displayName()).isEqualTo("Li Wei");
	}

	@Test
	void a_password_changes_only_with_the_current_one_and_a_strong_new_one() {
		assertThatThrownBy(() -> profiles.changePassword("wrong", "a much better passphrase")).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("currentPassword"));
		assertThatThrownBy(() -> profiles.changePassword(Fixtures.PASSWORD, "password1234"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("newPassword"));
		assertThat(passwords.matches(Fixtures.PASSWORD, storedHash())).isTrue();

		profiles.changePassword(Fixtures.PASSWORD, "a much better passphrase");

		assertThat(passwords.matches("a much better passphrase", storedHash())).isTrue();
	}

	private String storedHash() {
		return fixtures.owner()
			.select(APP_USER.PASSWORD_HASH)
			.from(APP_USER)
			.where(APP_USER.EMAIL.eq(email))
			.fetchSingle()
			.value1();
	}

}
