package com.throughline.platform.ui;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a view's reaction to a teammate's change in that view's own UI, as that view's own
 * person. The change is published on the teammate's thread: without this, the refresh
 * would read data with the teammate's identity.
 */
public final class LiveUpdates {

	private LiveUpdates() {
	}

	/**
	 * Follows changes while {@code view} is attached: {@code subscribe} registers a
	 * listener and answers how to unregister it; {@code reaction} runs in the view's UI,
	 * as the view's person.
	 */
	public static void whileAttached(Component view, Function<Consumer<UUID>, Runnable> subscribe,
			Consumer<UUID> reaction) {
		Runnable[] stop = { () -> {
		} };
		view.addAttachListener(attach -> {
			enablePush(attach.getUI());
			stop[0] = subscribe.apply(inUi(attach.getUI(), reaction));
		});
		view.addDetachListener(detach -> stop[0].run());
	}

	/**
	 * Push is turned on per UI, only where a page follows teammates' changes: every open
	 * push connection costs memory on the server, and most pages never need one.
	 */
	static void enablePush(UI ui) {
		var push = ui.getPushConfiguration();
		if (!push.getPushMode().isEnabled()) {
			push.setTransport(Transport.WEBSOCKET_XHR);
			push.setPushMode(PushMode.AUTOMATIC);
		}
	}

	/** Call while the view is attached (in a request of its own session). */
	public static Consumer<UUID> inUi(UI ui, Consumer<UUID> reaction) {
		var person = SecurityContextHolder.getContext().getAuthentication();
		return changedId -> ui.access(() -> {
			var previous = SecurityContextHolder.getContext();
			var own = SecurityContextHolder.createEmptyContext();
			own.setAuthentication(person);
			SecurityContextHolder.setContext(own);
			try {
				reaction.accept(changedId);
			}
			finally {
				SecurityContextHolder.setContext(previous);
			}
		});
	}

}
