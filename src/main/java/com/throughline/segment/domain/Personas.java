package com.throughline.segment.domain;

import com.throughline.platform.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Who buys and who uses. The buyer decides and pays (ROI, risk, compliance; a buying
 * process and a sales cycle); the user works with the product daily (productivity, joy).
 * For consumer segments they may be the same person. Titles and roles ≤ 200 characters,
 * the rest ≤ 2,000.
 */
public record Personas(boolean buyerIsUser, @Nullable String buyerTitle, @Nullable String buyerGoals,
		@Nullable String buyerSuccess, @Nullable String buyingProcess, @Nullable Integer salesCycleMonths,
		@Nullable String userRole, @Nullable String userJobs, @Nullable String userPains,
		@Nullable String userSuccess) {

	Personas validated() {
		if (salesCycleMonths != null && (salesCycleMonths < 0 || salesCycleMonths > 120)) {
			throw new InvalidInputException("salesCycleMonths", "segment.cycle.range");
		}
		return new Personas(buyerIsUser, text(buyerTitle, "buyerTitle", 200), text(buyerGoals, "buyerGoals", 2000),
				text(buyerSuccess, "buyerSuccess", 2000), text(buyingProcess, "buyingProcess", 2000), salesCycleMonths,
				text(userRole, "userRole", 200), text(userJobs, "userJobs", 2000), text(userPains, "userPains", 2000),
				text(userSuccess, "userSuccess", 2000));
	}

	static @Nullable String text(@Nullable String value, String field, int max) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.length() > max) {
			throw new InvalidInputException(field, "validation.too-long.max");
		}
		return trimmed.isEmpty() ? null : trimmed;
	}

}
