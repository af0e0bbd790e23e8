package com.throughline.platform.ui;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Whatever escapes a view: logged with an error id, shown to the person as a friendly
 * notification carrying the same id. No stack trace reaches the browser. A browser that
 * disconnected mid-answer is not an error.
 */
@Component
class UnexpectedErrorHandler implements ErrorHandler, VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
	}

	@Override
	public void error(ErrorEvent event) {
		// A browser that went away mid-answer (a closed tab): nobody to tell, nothing
		// wrong.
		if (DisconnectedClientHelper.isClientDisconnectedException(event.getThrowable())) {
			log.debug("Client went away: {}", event.getThrowable().toString());
			return;
		}
		String errorId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		log.error("Unexpected error {}", errorId, event.getThrowable());
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.access(() -> Notification
				.show(ui.getTranslation("error.unexpected", errorId), 8000, Notification.Position.MIDDLE)
				.addThemeVariants(NotificationVariant.ERROR));
		}
	}

}
