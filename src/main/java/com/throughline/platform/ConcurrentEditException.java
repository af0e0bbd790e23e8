package com.throughline.platform;

/** Someone else saved the same object since it was loaded; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what) {
		super(what + " was changed by someone else");
	}

}
