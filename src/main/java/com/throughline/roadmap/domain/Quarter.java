package com.throughline.roadmap.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, identified by its first day. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

	public static final int WINDOW = 4;

	public static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** The rolling window: the current quarter and the three after it. */
	public static List<Quarter> window(LocalDate today) {
		List<Quarter> quarters = new ArrayList<>();
		Quarter quarter = of(today);
		for (int i = 0; i < WINDOW; i++) {
			quarters.add(quarter);
			quarter = quarter.next();
		}
		return quarters;
	}

	public Quarter next() {
		return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public boolean before(Quarter other) {
		return compareTo(other) < 0;
	}

	@Override
	public int compareTo(Quarter other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
	}

	@Override
	public String toString() {
		return "Q" + number + " " + year;
	}

}
