package com.throughline.platform.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GridRowsTest {

	@Test
	void a_short_list_is_shown_whole() {
		var grid = new Grid<Integer>();

		GridRows.show(grid, List.of(1, 2, 3));

		assertThat(grid.isAllRowsVisible()).isTrue();
		assertThat(grid.getHeight()).isNull();
	}

	@Test
	void a_long_list_scrolls_so_the_browser_fetches_it_page_by_page() {
		var grid = new Grid<Integer>();

		GridRows.show(grid, IntStream.range(0, 500).boxed().toList());

		assertThat(grid.isAllRowsVisible()).isFalse();
		assertThat(grid.getHeight()).isNotBlank();
		assertThat(grid.getListDataView().getItemCount()).isEqualTo(500);
	}

	@Test
	void a_list_that_shrinks_is_shown_whole_again() {
		var grid = new Grid<Integer>();
		GridRows.show(grid, IntStream.range(0, 500).boxed().toList());

		GridRows.show(grid, List.of(1));

		assertThat(grid.isAllRowsVisible()).isTrue();
		assertThat(grid.getHeight()).isNull();
	}

}
