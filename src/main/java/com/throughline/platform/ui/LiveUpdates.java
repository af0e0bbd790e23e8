package com.throughline.platform.ui;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
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

	/** How many of the views the UI shows now follow changes. */
	private static final String FOLLOWING = "throughline.live-pages";

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
			follow(attach.getUI(), 1);
			stop[0] = subscribe.apply(inUi(attach.getUI(), reaction));
		});
		view.addDetachListener(detach -> {
			stop[0].run();
			follow(detach.getUI(), -1);
		});
	}

	/**
	 * Push is on in a UI while it shows a page that follows teammates' changes, and off
	 * on the others: an open push connection costs the server about 50 KB
	 * (PERFORMANCE.md), and most pages never need one. Settled just before the answer is
	 * written, so going from one such page to another keeps the connection.
	 */
	private static void follow(UI ui, int change) {
		int following = following(ui) + change;
		ComponentUtil.setData(ui, FOLLOWING, following);
		ui.beforeClientResponse(ui, context -> push(ui, following(ui) > 0));
	}

	private static int following(UI ui) {
		var following = (Integer) ComponentUtil.getData(ui, FOLLOWING);
		return following == null ? 0 : following;
	}

	private static void push(UI ui, boolean on) {
		var push = ui.getPushConfiguration();
		if (on && !push.getPushMode().isEnabled()) {
			push.setTransport(Transport.WEBSOCKET_XHR);
			push.setPushMode(PushMode.AUTOMATIC);
		}
		else if (!on && push.getPushMode().isEnabled()) {
			push.setPushMode(PushMode.DISABLED);
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
