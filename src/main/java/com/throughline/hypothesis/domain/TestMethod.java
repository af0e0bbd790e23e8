package com.throughline.hypothesis.domain;

/** How a hypothesis is tested. */
public enum TestMethod {

	AB_TEST, REFERENCE_PILOT, PROTOTYPE, SURVEY, FAKE_DOOR, CONCIERGE

}
