package com.throughline.platform.ui;

import java.io.IOException;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.server.ErrorEvent;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedErrorHandlerTest extends KaribuTest {

	@Autowired
	UnexpectedErrorHandler handler;

	@Test
	void a_failure_is_shown_with_its_error_id_and_a_browser_that_went_away_is_not_an_error() {
		signInAs("eli@lumen.test");
		navigate("");

		handler.error(new ErrorEvent(new ClientAbortException(new IOException("Broken pipe"))));
		MockVaadin.clientRoundtrip(false);
		NotificationsKt.expectNoNotifications();

		handler.error(new ErrorEvent(new IllegalStateException("boom")));
		MockVaadin.clientRoundtrip(false);
		assertThat(NotificationsKt.getNotifications()).singleElement()
			.satisfies(shown -> assertThat(shown.getElement().getProperty("text"))
				.matches("Something went wrong on our side.*[0-9a-f]{8}\\.")
				.doesNotContain("boom"));
	}

}
