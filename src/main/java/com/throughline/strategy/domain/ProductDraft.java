package com.throughline.strategy.domain;

import org.jspecify.annotations.Nullable;

/** A product as typed in its form. Names ≤ 200 characters, descriptions ≤ 2,000. */
public record ProductDraft(@Nullable String name, @Nullable Market market, @Nullable String description) {

	public static final int NAME_MAX = 200;

	public static final int DESCRIPTION_MAX = 2000;

	ProductDraft validated() {
		return new ProductDraft(Texts.required(name, "name", NAME_MAX), Texts.present(market, "market"),
				Texts.optional(description, "description", DESCRIPTION_MAX));
	}

}
