package com.throughline.strategy.domain;

/** Who a product is sold to. */
public enum Market {

	CONSUMER, SMB, ENTERPRISE, MIXED

}
