package com.throughline.sharing.domain;

/** Where a client's request stands: still weighed, taken on, or declined. */
public enum RequestStatus {

	OPEN, ACCEPTED, DECLINED

}
