package com.throughline.hypothesis.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A hypothesis as a row of the grid or a card of the board shows it: what is read for a
 * page, and what the grid keeps for the rows a browser shows.
 */
public record HypothesisRow(UUID id, String statement, String productName, @Nullable String theoryTitle,
		HypothesisStatus status, @Nullable String ownerName, @Nullable TestMethod method,
		@Nullable LocalDate deadline) {

	public boolean overdue(LocalDate today) {
		return status == HypothesisStatus.TESTING && deadline != null && deadline.isBefore(today);
	}

}
