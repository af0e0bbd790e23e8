package com.throughline.platform.ui;

import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.grid.Grid;

/**
 * Shows a short list whole and a long one in a scrolling grid. A grid with all rows
 * visible asks the server for every row at once, which Vaadin refuses beyond ten pages: a
 * company with 500 members would see a silently cut list.
 */
public final class GridRows {

	/** Up to this many rows, the grid grows to show them all. */
	public static final int SHOWN_WHOLE = 25;

	private static final String SCROLLING_HEIGHT = "40rem";

	private GridRows() {
	}

	public static <T> void show(Grid<T> grid, List<T> items) {
		grid.setItems(items);
		size(grid, items.size());
	}

	/**
	 * A list read page by page as the grid scrolls, so the grid holds only the rows it
	 * shows; {@code count} rows in all.
	 */
	public static <T> void showPaged(Grid<T> grid, int count, BiFunction<Integer, Integer, List<T>> page) {
		grid.setItems(query -> page.apply(query.getOffset(), query.getLimit()).stream(), query -> count);
		oneQueryPerViewport(grid);
		size(grid, count);
	}

	/**
	 * One query for the rows a browser asks for, instead of one per page of 50: the
	 * browser asks for two pages at a time, and in SQL a deep page walks every row before
	 * it.
	 */
	public static void oneQueryPerViewport(Grid<?> grid) {
		grid.getDataCommunicator().setPagingEnabled(false);
	}

	private static void size(Grid<?> grid, int rows) {
		boolean whole = rows <= SHOWN_WHOLE;
		grid.setAllRowsVisible(whole);
		grid.setHeight(whole ? null : SCROLLING_HEIGHT);
	}

}
