package com.throughline.strategy.domain;

/** The hard-to-copy advantage a strategy theory builds. */
public enum Advantage {

	BRAND, NETWORK_EFFECTS, ECONOMIES_OF_SCALE, UNIQUE_TECHNOLOGY, SWITCHING_COSTS, OTHER

}
