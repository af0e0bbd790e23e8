package com.throughline.strategy.domain;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One saved version of a product's strategy: the vision and the DHM statement — how the
 * product will delight customers, in hard-to-copy, margin-enhancing ways. The highest
 * number is current.
 */
public record Strategy(int number, String vision, String delight, String hardToCopy, String margin,
		@Nullable String author, OffsetDateTime savedAt) {

}
