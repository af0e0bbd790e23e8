package com.throughline.segment.domain;

/** The size of customer a segment targets. */
public enum Tier {

	CONSUMER, SMB, MID_MARKET, ENTERPRISE

}
