package com.throughline.platform;

/**
 * The object asked for is not in the active workspace: it does not exist, or it belongs
 * to another tenant. Callers cannot tell which, by design.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
