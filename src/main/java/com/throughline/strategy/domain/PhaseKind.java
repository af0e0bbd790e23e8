package com.throughline.strategy.domain;

/**
 * The GLEe phases: Get big on a little thing, Lead a larger market, Expand, and expand
 * further.
 */
public enum PhaseKind {

	GET_BIG, LEAD, EXPAND, EXPAND_FURTHER

}
