package com.throughline.segment.domain;

/**
 * Whether a criterion must hold for a prospect to qualify, or only makes a good fit
 * likelier.
 */
public enum CriterionStrength {

	REQUIRED, STRONG_SIGNAL

}
