package com.throughline.roadmap.domain;

/** Where a roadmap item stands. */
public enum ItemStatus {

	PLANNED, IN_PROGRESS, SHIPPED, PARKED

}
