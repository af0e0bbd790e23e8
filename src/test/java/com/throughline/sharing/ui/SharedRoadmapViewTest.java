package com.throughline.sharing.ui;

import com.throughline.platform.security.SecretTokens;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

class SharedRoadmapViewTest extends KaribuTest {

	@Test
	void a_link_holders_session_ends_sooner_than_a_signed_in_one() {
		int signedInTimeout = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();

		navigate("r/" + SecretTokens.newToken());

		_assertOne(ShareUnavailable.class);
		assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval())
			.isEqualTo(SharedRoadmapView.LINK_HOLDER_IDLE_SECONDS)
			.isNotEqualTo(signedInTimeout);
	}

	@Test
	void a_signed_in_person_opening_a_link_keeps_their_session() {
		signInAs("ada@lumen.test");
		int before = VaadinSession.getCurrent().getSession().getMaxInactiveInterval();

		navigate("r/" + SecretTokens.newToken());

		assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(before);
	}

}
