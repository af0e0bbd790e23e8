package com.throughline.strategy.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Something the company sells; each has its own strategy, vision and hypotheses. */
public record Product(UUID id, String name, Market market, @Nullable String description, int version) {

}
