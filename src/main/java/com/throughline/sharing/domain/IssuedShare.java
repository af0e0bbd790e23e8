package com.throughline.sharing.domain;

import java.util.UUID;

/**
 * A new share and its two secret links, one per persona: shown once, to be sent to the
 * client.
 */
public record IssuedShare(UUID shareId, String buyerToken, String userToken) {

	public static String path(String token) {
		return "r/" + token;
	}

}
