package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Record;
import org.jooq.Result;

/**
 * Reads the rows of the database's share_content() — whichever function answered them —
 * into a shared roadmap.
 */
final class SharedContent {

	private SharedContent() {
	}

	static Optional<SharedRoadmap> of(Result<? extends Record> rows) {
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		var first = rows.getFirst();
		var items = rows.map(r -> new SharedRoadmap.SharedItem(r.get("item_id", UUID.class),
				r.get("item_title", String.class), r.get("quarter_start", LocalDate.class),
				r.get("item_status", String.class), r.get("benefit", String.class), r.get("why", String.class)));
		return Optional.of(new SharedRoadmap(first.get("company_name", String.class),
				first.get("client_name", String.class), first.get("product_name", String.class),
				first.get("message", String.class), Persona.valueOf(first.get("persona", String.class)),
				first.get("expires_on", LocalDate.class), items));
	}

}
