package com.throughline.tenant.domain;

import java.util.Locale;

import com.throughline.platform.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails an invitation link when SMTP is configured ({@code spring.mail.host}) and the
 * public address is known ({@code throughline.public-url}); otherwise the link is only
 * shown to copy. Sent after the invitation commits; a mail failure is logged, never
 * undoes the invitation.
 */
@Component
class InvitationMailer {

	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final Translations translations;

	private final String publicUrl;

	private final String from;

	InvitationMailer(ObjectProvider<JavaMailSender> mail, Translations translations,
			@Value("${throughline.public-url:}") String publicUrl, @Value("${throughline.mail-from:}") String from) {
		this.mail = mail;
		this.translations = translations;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
		this.from = from;
	}

	boolean enabled() {
		return mail.getIfAvailable() != null && publicUrl.length() > 1;
	}

	void sendWhenCommitted(IssuedInvitation invitation, String companyName, Locale locale) {
		if (!enabled()) {
			return;
		}
		var message = message(invitation, companyName, locale);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			send(message);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				send(message);
			}
		});
	}

	SimpleMailMessage message(IssuedInvitation invitation, String companyName, Locale locale) {
		var message = new SimpleMailMessage();
		if (!from.isBlank()) {
			message.setFrom(from);
		}
		message.setTo(invitation.email());
		message.setSubject(translations.getTranslation("mail.invitation.subject", locale, companyName));
		message.setText(translations.getTranslation("mail.invitation.body", locale, companyName,
				translations.getTranslation("role." + invitation.role().name().toLowerCase(), locale),
				publicUrl + invitation.path()));
		return message;
	}

	private void send(SimpleMailMessage message) {
		try {
			mail.getObject().send(message);
		}
		catch (MailException ex) {
			log.warn("Could not mail the invitation to {}; the link can still be copied", message.getTo(), ex);
		}
	}

}
