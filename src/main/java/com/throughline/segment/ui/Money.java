package com.throughline.segment.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in the company's currency, formatted for the reader's locale. */
final class Money {

	private Money() {
	}

	static String format(BigDecimal amount, String currency, Locale locale) {
		var format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(amount);
	}

	static String number(Number value, Locale locale) {
		return NumberFormat.getNumberInstance(locale).format(value);
	}

}
