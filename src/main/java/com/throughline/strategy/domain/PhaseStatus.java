package com.throughline.strategy.domain;

/** Where a GLEe phase stands; a phase tried too early may succeed later. */
public enum PhaseStatus {

	DONE, CURRENT, FUTURE, TRIED_TOO_EARLY

}
