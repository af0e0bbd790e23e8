package com.throughline.platform.ui;

import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a view's reaction to a teammate's change in that view's own UI, as that view's own
 * person. The change is published on the teammate's thread: without this, the refresh
 * would read data with the teammate's identity.
 */
public final class LiveUpdates {

	private LiveUpdates() {
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
