package com.throughline.segment.domain;

/** How a segment at a given price point is best sold. */
public enum SalesMotion {

	SELF_SERVE, INSIDE_SALES, FIELD_SALES

}
