package com.throughline.platform.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** Absolute links to pages of this application, as the person's browser reaches it. */
public final class Links {

	private Links() {
	}

	public static String absolute(String path) {
		var request = VaadinServletRequest.getCurrent();
		if (request == null) {
			return "/" + path;
		}
		var http = request.getHttpServletRequest();
		boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
				|| ("https".equals(http.getScheme()) && http.getServerPort() == 443);
		return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
				+ http.getContextPath() + "/" + path;
	}

}
