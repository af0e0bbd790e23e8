package com.throughline.platform.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push is on exactly while a page that follows teammates' changes is shown: every open
 * push connection costs the server memory.
 */
class LiveUpdatesTest extends KaribuTest {

	@Test
	void push_is_on_on_the_pages_that_follow_changes_and_off_elsewhere() {
		// The app's UIs start without push (no @Push); Karibu's mock UI starts with it.
		UI.getCurrent().getPushConfiguration().setPushMode(PushMode.DISABLED);
		signInAs("eli@lumen.test");
		navigate("");
		assertThat(pushModeAfterRoundtrip()).isEqualTo(PushMode.DISABLED);

		navigate("hypotheses");
		assertThat(pushModeAfterRoundtrip()).isEqualTo(PushMode.AUTOMATIC);
		assertThat(UI.getCurrent().getPushConfiguration().getTransport()).isEqualTo(Transport.WEBSOCKET_XHR);

		navigate("hypotheses/board");
		assertThat(pushModeAfterRoundtrip()).as("from one live page to another").isEqualTo(PushMode.AUTOMATIC);

		navigate("roadmap");
		assertThat(pushModeAfterRoundtrip()).isEqualTo(PushMode.DISABLED);

		navigate("hypotheses");
		assertThat(pushModeAfterRoundtrip()).isEqualTo(PushMode.AUTOMATIC);
	}

	private static PushMode pushModeAfterRoundtrip() {
		MockVaadin.clientRoundtrip(false);
		return UI.getCurrent().getPushConfiguration().getPushMode();
	}

}
