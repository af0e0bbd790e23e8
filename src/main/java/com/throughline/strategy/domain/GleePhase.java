package com.throughline.strategy.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One phase of the product's GLEe vision, in order. */
public record GleePhase(UUID id, int position, PhaseKind kind, String statement, @Nullable String trend,
		@Nullable String horizon, PhaseStatus status, @Nullable String learnings, int version) {

}
