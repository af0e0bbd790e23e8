package com.throughline.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.throughline.platform.security.SignInLockedException;
import com.throughline.platform.security.SignedInPerson;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.web.WebAttributes;

/** Email and password. Every failure shows one generic message, whatever went wrong. */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	public LoginView() {
		addClassName("login-view");
		form.setAction("login");
		form.setForgotPasswordButtonVisible(false);
		form.setI18n(i18n());
		var brand = new H1(getTranslation("app.name"));
		brand.addClassName("login-brand");
		add(brand, new Paragraph(getTranslation("login.tagline")), form);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (SignedInPerson.current().isPresent()) {
			event.forwardTo("");
			return;
		}
		boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
		if (failed) {
			lastFailure().filter(SignInLockedException.class::isInstance)
				.map(SignInLockedException.class::cast)
				.ifPresent(this::showLocked);
		}
		form.setError(failed);
	}

	/** Says when to retry; shown alike for every email, existing or not. */
	private void showLocked(SignInLockedException locked) {
		var i18n = i18n();
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(ZoneId.systemDefault())
			.format(locked.until());
		i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", time));
		form.setI18n(i18n);
	}

	private static Optional<Object> lastFailure() {
		var session = VaadinSession.getCurrent();
		return session == null ? Optional.empty()
				: Optional.ofNullable(session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title");
	}

	private LoginI18n i18n() {
		var i18n = LoginI18n.createDefault();
		var texts = i18n.getForm();
		texts.setTitle(getTranslation("login.title"));
		texts.setUsername(getTranslation("login.email"));
		texts.setPassword(getTranslation("login.password"));
		texts.setSubmit(getTranslation("login.submit"));
		texts.setForgotPassword("");
		var error = i18n.getErrorMessage();
		error.setTitle(getTranslation("login.failed.title"));
		error.setMessage(getTranslation("login.failed.message"));
		error.setUsername(getTranslation("login.email.required"));
		error.setPassword(getTranslation("login.password.required"));
		i18n.setAdditionalInformation(null);
		return i18n;
	}

}
