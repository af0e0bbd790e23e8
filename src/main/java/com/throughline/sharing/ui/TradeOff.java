package com.throughline.sharing.ui;

import com.throughline.sharing.domain.ClientRequest;
import com.vaadin.flow.component.Component;

/** A request said as the trade-off it is: "Doing X for client Y delays Z". */
final class TradeOff {

	private TradeOff() {
	}

	static String of(Component context, ClientRequest request) {
		if (request.weighed()) {
			return context.getTranslation("request.trade-off.full", request.deliveredByTitle(), request.clientName(),
					request.displacesTitle());
		}
		if (request.deliveredBy() != null) {
			return context.getTranslation("request.trade-off.no-cost", request.deliveredByTitle(),
					request.clientName());
		}
		return context.getTranslation("request.trade-off.unweighed");
	}

}
