package com.throughline.strategy.domain;

import org.jspecify.annotations.Nullable;

/** The vision and DHM as typed. Vision ≤ 1,000 characters, each DHM part ≤ 2,000. */
public record StrategyDraft(@Nullable String vision, @Nullable String delight, @Nullable String hardToCopy,
		@Nullable String margin) {

	public static final int VISION_MAX = 1000;

	public static final int PART_MAX = 2000;

	StrategyDraft validated() {
		return new StrategyDraft(Texts.required(vision, "vision", VISION_MAX),
				Texts.required(delight, "delight", PART_MAX), Texts.required(hardToCopy, "hardToCopy", PART_MAX),
				Texts.required(margin, "margin", PART_MAX));
	}

}
