package com.throughline.hypothesis.domain;

/** Which way the proxy metric must move for the hypothesis to hold. */
public enum Direction {

	INCREASE, DECREASE

}
