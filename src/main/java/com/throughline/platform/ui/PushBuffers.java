package com.throughline.platform.ui;

import java.util.Collections;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Atmosphere gives every push WebSocket a 16 KB byte buffer and a 16,384-character buffer
 * (48 KB, the size Vaadin configures) that it never reads or writes: messages go through
 * Tomcat's own buffers. A page following live changes holds one such socket for as long
 * as it is open, so the size is cut to {@link #BUFFER_SIZE} once Vaadin has set up
 * Atmosphere. Nothing else reads this setting (checked in Atmosphere 3.0.5).
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

	private static final String SETTING = "org.atmosphere.websocket.bufferSize";

	private static final String BUFFER_SIZE = "64";

	private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

	@Override
	public void serviceInit(ServiceInitEvent event) {
		if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
			cut(service.getServlet().getServletContext());
		}
	}

	/** The frameworks Vaadin keeps in the servlet context, one per Vaadin servlet. */
	private static void cut(ServletContext context) {
		boolean found = false;
		for (String name : Collections.list(context.getAttributeNames())) {
			if (context.getAttribute(name) instanceof AtmosphereFramework framework) {
				framework.addInitParameter(SETTING, BUFFER_SIZE);
				found = true;
			}
		}
		if (!found) {
			log.debug("No Atmosphere framework in the servlet context: push buffers left as they are");
		}
	}

}
