package com.throughline.strategy.ui;

import java.util.UUID;

import com.throughline.platform.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The product id in a route: anything that is not a UUID is simply not found. */
final class ProductIds {

	private ProductIds() {
	}

	static UUID from(BeforeEnterEvent event) {
		String raw = event.getRouteParameters().get("productId").orElse("");
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Product");
		}
	}

}
