package com.throughline.platform.ui;

import com.throughline.account.domain.SignInService;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.security.WorkspaceAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Lets a person who belongs to several companies change the active one. The new workspace
 * is checked against fresh memberships, then becomes the session's principal: roles and
 * the tenant bound to the database follow it.
 */
class WorkspaceSwitcher extends Select<WorkspaceAccess> {

	WorkspaceSwitcher(SignedInPerson person, SignInService signIn) {
		setId("workspace-switcher");
		setAriaLabel(getTranslation("workspace.switch"));
		setItems(person.enterableWorkspaces());
		setItemLabelGenerator(WorkspaceAccess::name);
		person.activeWorkspace().ifPresent(this::setValue);
		addValueChangeListener(change -> {
			if (change.isFromClient() && change.getValue() != null) {
				enter(person, change.getValue(), signIn);
			}
		});
	}

	private void enter(SignedInPerson person, WorkspaceAccess workspace, SignInService signIn) {
		signIn.enter(person, workspace.tenantId()).ifPresentOrElse(WorkspaceSwitcher::becomePrincipal, () -> {
			Notification.show(getTranslation("workspace.switch.refused")).addThemeVariants(NotificationVariant.ERROR);
			person.activeWorkspace().ifPresent(this::setValue);
		});
	}

	private static void becomePrincipal(SignedInPerson person) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
		SecurityContextHolder.setContext(context);
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		UI.getCurrent().getPage().setLocation("/");
	}

}
