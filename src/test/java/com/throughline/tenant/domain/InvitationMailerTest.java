package com.throughline.tenant.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.throughline.platform.i18n.Translations;
import com.throughline.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationMailerTest {

	final List<SimpleMailMessage> sent = new ArrayList<>();

	final JavaMailSender recorder = new JavaMailSenderImpl() {
		@Override
		public void send(SimpleMailMessage... messages) {
			sent.addAll(List.of(messages));
		}
	};

	@Test
	void with_smtp_and_a_public_address_the_link_is_mailed_in_the_companys_language() {
		var mailer = mailer(recorder, "https://app.example.test");
		var invitation = IssuedInvitation.issue("new@example.test", Role.EDITOR, Clock.systemUTC());

		mailer.sendWhenCommitted(invitation, "Lumen", Locale.forLanguageTag("es"));

		assertThat(sent).singleElement().satisfies(message -> {
			assertThat(message.getTo()).containsExactly("new@example.test");
			assertThat(message.getSubject()).isEqualTo("Lumen te invita a Throughline");
			assertThat(message.getText()).contains("https://app.example.test/invitation/" + invitation.token())
				.contains("Editor");
		});
	}

	@Test
	void without_smtp_or_public_address_nothing_is_mailed() {
		var invitation = IssuedInvitation.issue("new@example.test", Role.EDITOR, Clock.systemUTC());

		mailer(null, "https://app.example.test").sendWhenCommitted(invitation, "Lumen", Locale.ENGLISH);
		mailer(recorder, "").sendWhenCommitted(invitation, "Lumen", Locale.ENGLISH);

		assertThat(sent).isEmpty();
	}

	private static InvitationMailer mailer(JavaMailSender sender, String publicUrl) {
		var beans = sender == null ? new StaticListableBeanFactory()
				: new StaticListableBeanFactory(Map.of("mail", sender));
		return new InvitationMailer(beans.getBeanProvider(JavaMailSender.class), new Translations(), publicUrl, "");
	}

}
