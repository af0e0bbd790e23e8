package com.throughline.platform;

import java.util.List;

/**
 * The languages Throughline speaks, as the language tags people choose and accounts
 * store.
 */
public final class Languages {

	public static final List<String> TAGS = List.of("en", "es", "zh-CN");

	private Languages() {
	}

}
