package com.throughline.hypothesis.domain;

/** What a piece of evidence is. */
public enum EvidenceKind {

	EXPERIMENT_RESULT, CUSTOMER_QUOTE, INTERVIEW_NOTE, METRIC_SNAPSHOT, LINK

}
