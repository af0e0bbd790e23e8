package com.throughline.sharing.domain;

/**
 * Who a client contact or a link is: the buyer (outcomes, ROI, timing) or a user (daily
 * work).
 */
public enum Persona {

	BUYER, USER

}
