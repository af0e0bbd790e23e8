package com.throughline.roadmap.domain;

/**
 * How sure the team is that an item lands in its quarter. Internal: never shown to
 * clients.
 */
public enum Confidence {

	LOW, MEDIUM, HIGH

}
