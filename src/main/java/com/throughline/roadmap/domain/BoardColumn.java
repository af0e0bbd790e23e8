package com.throughline.roadmap.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One column of a product's roadmap timeline: where it sits, how many items it holds, and
 * the ones it shows — the first few, or all of them when asked.
 */
public record BoardColumn(Key key, int size, List<RoadmapItem> items) {

	/** Some of its items are not shown. */
	public boolean partial() {
		return items.size() < size;
	}

	/**
	 * Where a column sits: before the rolling window (items that slipped), on one of its
	 * quarters, or Later (not planned, or planned past the window).
	 */
	public record Key(Kind kind, @Nullable Quarter quarter) {

		public static final Key EARLIER = new Key(Kind.EARLIER, null);

		public static final Key LATER = new Key(Kind.LATER, null);

		public static Key of(Quarter quarter) {
			return new Key(Kind.QUARTER, Objects.requireNonNull(quarter));
		}

		/** The column an item planned for {@code quarter} sits in, given the window. */
		static Key of(@Nullable Quarter quarter, List<Quarter> window) {
			if (quarter == null || window.getLast().before(quarter)) {
				return LATER;
			}
			return quarter.before(window.getFirst()) ? EARLIER : of(quarter);
		}

		/** "earlier", "later" or "2027-q1": names the column in the page. */
		public String id() {
			return quarter == null ? kind.name().toLowerCase(Locale.ROOT) : quarter.year() + "-q" + quarter.number();
		}

		/** Items can be moved into it: a quarter still ahead, or Later. */
		public boolean plannable() {
			return kind != Kind.EARLIER;
		}

	}

	public enum Kind {

		EARLIER, QUARTER, LATER

	}

}
