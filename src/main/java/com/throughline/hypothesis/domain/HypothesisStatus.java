package com.throughline.hypothesis.domain;

import java.util.List;

/**
 * The lifecycle of a hypothesis: Draft → Ready (success criteria complete) → Testing →
 * Validated, Invalidated or Inconclusive; or Abandoned. Success criteria are locked from
 * Testing on.
 */
public enum HypothesisStatus {

	DRAFT, READY, TESTING, VALIDATED, INVALIDATED, INCONCLUSIVE, ABANDONED;

	/** The outcomes a person may confirm when a test ends. */
	public static final List<HypothesisStatus> OUTCOMES = List.of(VALIDATED, INVALIDATED, INCONCLUSIVE);

	public boolean criteriaLocked() {
		return this != DRAFT && this != READY;
	}

	public boolean finished() {
		return this == VALIDATED || this == INVALIDATED || this == INCONCLUSIVE || this == ABANDONED;
	}

}
