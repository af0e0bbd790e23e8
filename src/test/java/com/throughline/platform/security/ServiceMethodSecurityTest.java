package com.throughline.platform.security;

import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.ui.HypothesesView;
import com.throughline.platform.ui.MainLayout;
import com.throughline.support.KaribuTest;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Role checks on service calls, none wrapped around views. */
class ServiceMethodSecurityTest extends KaribuTest {

	@Autowired
	private HypothesisService hypotheses;

	@Autowired
	private ApplicationContext context;

	/**
	 * Vaadin's Spring instantiator creates routes and layouts through the bean factory.
	 */
	@Test
	void views_are_plain_components_while_services_check_roles_on_every_call() {
		signInAs("eli@lumen.test");
		var factory = context.getAutowireCapableBeanFactory();

		assertThat(AopUtils.isAopProxy(factory.createBean(MainLayout.class))).as("@PermitAll layout").isFalse();
		assertThat(AopUtils.isAopProxy(factory.createBean(HypothesesView.class))).as("@RolesAllowed view").isFalse();
		assertThat(AopUtils.isAopProxy(hypotheses)).isTrue();
	}

	@Test
	void a_signed_in_client_contact_is_refused_by_a_team_service() {
		signInAs("olivia@northwind.test");

		assertThatThrownBy(() -> hypotheses.countsByStatus()).isInstanceOf(AccessDeniedException.class);
	}

}
