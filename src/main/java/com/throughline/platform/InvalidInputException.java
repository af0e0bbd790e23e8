package com.throughline.platform;

/**
 * Input a service refused, naming the field and a message key the UI translates and shows
 * next to that field. Nothing was changed.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidInputException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
