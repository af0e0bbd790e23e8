package com.throughline.segment.domain;

/** Whether the price is per user or per account (company). */
public enum PricingUnit {

	PER_USER, PER_ACCOUNT

}
