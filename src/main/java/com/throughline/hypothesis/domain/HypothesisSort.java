package com.throughline.hypothesis.domain;

/**
 * The orders the hypothesis grid offers, each backed by an index leading on tenant_id.
 */
public enum HypothesisSort {

	UPDATED, STATUS, DEADLINE, STATEMENT

}
