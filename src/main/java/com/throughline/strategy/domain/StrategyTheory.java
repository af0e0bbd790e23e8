package com.throughline.strategy.domain;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One theory of the strategy — the S of an S-M-T table — with the hard-to-copy advantage
 * it builds and its proxy metric (the M). Its tactics are the hypotheses and roadmap
 * items testing it.
 */
public record StrategyTheory(UUID id, UUID productId, String title, @Nullable String description, Advantage advantage,
		ProxyMetric metric, int position, @Nullable String clientWording, int version) {

}
