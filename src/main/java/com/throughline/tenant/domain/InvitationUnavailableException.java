package com.throughline.tenant.domain;

/**
 * The invitation link is unknown, used, revoked, expired, for a suspended company, or for
 * another account. One exception for all, so the page cannot tell them apart.
 */
public class InvitationUnavailableException extends RuntimeException {

	public InvitationUnavailableException() {
		super("Invitation not available");
	}

}
