package com.throughline.strategy.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A measurable stand-in for long-term customer delight that the team can move in the
 * short term, e.g. "share of members who rate 50+ titles".
 */
public record ProxyMetric(String name, @Nullable String unit, @Nullable String definition,
		@Nullable BigDecimal current) {

}
