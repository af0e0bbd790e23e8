package com.throughline.roadmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.strategy.domain.TheoryDraft;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.ROADMAP_ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RoadmapServiceTest {

	@Autowired
	RoadmapService roadmap;

	@Autowired
	StrategyService strategy;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	UUID product;

	List<Quarter> window;

	@BeforeEach
	void anEditorWithAProduct() {
		tenant = fixtures.tenant("Roadmap Co");
		signIn.as(fixtures.personIn(tenant, Role.EDITOR));
		product = strategy.createProduct(new ProductDraft("Beacon", Market.SMB, null)).id();
		window = roadmap.window();
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void the_window_is_this_quarter_and_the_next_three() {
		var today = LocalDate.now();
		assertThat(window).hasSize(4).first().isEqualTo(Quarter.of(today));
		assertThat(window.get(3)).isEqualTo(Quarter.of(today.plusMonths(9)));
	}

	@Test
	void items_are_kept_in_order_within_their_column_and_move_between_columns() {
		var first = roadmap.create(item("First", window.getFirst()));
		var second = roadmap.create(item("Second", window.getFirst()));
		var later = roadmap.create(item("Someday", null));

		roadmap.move(second.id(), window.getFirst(), first.id());
		assertThat(titlesIn(window.getFirst())).containsExactly("Second", "First");

		roadmap.move(later.id(), window.getFirst(), first.id());
		assertThat(titlesIn(window.getFirst())).containsExactly("Second", "Someday", "First");
		assertThat(roadmap.get(later.id()).quarter()).isEqualTo(window.getFirst());

		roadmap.move(first.id(), null, null);
		assertThat(titlesIn(null)).containsExactly("First");
	}

	@Test
	void the_board_shows_the_first_cards_of_each_column_with_its_size_and_a_whole_column_on_request() {
		var past = new Quarter(window.getFirst().year() - 1, window.getFirst().number());
		roadmap.create(item("Slipped a year", past));
		roadmap.create(item("Slipped a quarter", Quarter.of(window.getFirst().firstDay().minusMonths(3))));
		for (int i = 0; i < 4; i++) {
			roadmap.create(item("Now " + i, window.getFirst()));
		}
		roadmap.create(item("Someday", null));
		roadmap.create(item("Beyond the window", window.getLast().next()));

		var board = roadmap.board(product, 2, java.util.Set.of());
		assertThat(board).extracting(BoardColumn::key)
			.containsExactly(BoardColumn.Key.EARLIER, BoardColumn.Key.of(window.get(0)),
					BoardColumn.Key.of(window.get(1)), BoardColumn.Key.of(window.get(2)),
					BoardColumn.Key.of(window.get(3)), BoardColumn.Key.LATER);
		assertThat(board).extracting(BoardColumn::size).containsExactly(2, 4, 0, 0, 0, 2);
		assertThat(titles(board.get(0))).containsExactly("Slipped a year", "Slipped a quarter");
		assertThat(titles(board.get(1))).containsExactly("Now 0", "Now 1");
		assertThat(board.get(1).partial()).isTrue();
		assertThat(titles(board.get(5))).containsExactly("Beyond the window", "Someday");

		var whole = roadmap.board(product, 2, java.util.Set.of(BoardColumn.Key.of(window.getFirst())));
		assertThat(titles(whole.get(1))).containsExactly("Now 0", "Now 1", "Now 2", "Now 3");
		assertThat(whole.get(1).partial()).isFalse();
	}

	@Test
	void items_planned_past_the_window_come_first_in_later_by_quarter_and_a_whole_later_shows_them_all() {
		roadmap.create(item("Someday", null));
		roadmap.create(item("Two years out", window.getLast().next().next()));
		roadmap.create(item("Just past", window.getLast().next()));

		var later = roadmap.board(product, 1, java.util.Set.of()).getLast();
		assertThat(later.key()).isEqualTo(BoardColumn.Key.LATER);
		assertThat(later.size()).isEqualTo(3);
		assertThat(titles(later)).containsExactly("Just past");

		var whole = roadmap.board(product, 1, java.util.Set.of(BoardColumn.Key.LATER)).getLast();
		assertThat(titles(whole)).containsExactly("Just past", "Two years out", "Someday");
		assertThat(whole.partial()).isFalse();
	}

	@Test
	void a_board_with_nothing_before_the_window_has_no_earlier_column_and_the_grid_pages_every_item() {
		for (int i = 0; i < 3; i++) {
			roadmap.create(item("Item " + i, null));
		}
		roadmap.create(item("Beyond the window", window.getLast().next()));

		assertThat(roadmap.board(product, 25, java.util.Set.of())).extracting(BoardColumn::key)
			.doesNotContain(BoardColumn.Key.EARLIER)
			.hasSize(5);
		assertThat(roadmap.count(product)).isEqualTo(4);
		assertThat(roadmap.page(product, 1, 2)).extracting(RoadmapItem::title).containsExactly("Item 0", "Item 1");
	}

	private static List<String> titles(BoardColumn column) {
		return column.items().stream().map(RoadmapItem::title).toList();
	}

	@Test
	void an_item_is_shareable_only_with_both_client_texts_and_slipped_when_left_in_a_past_quarter() {
		var draft = item("Partial", window.getFirst());
		var partial = roadmap.create(new RoadmapItemDraft(product, "Partial", null, null, null, List.of(),
				window.getFirst(), ItemStatus.PLANNED, Confidence.HIGH, "secret", "Outcome for buyers", null));
		assertThat(partial.shareable()).isFalse();
		var full = roadmap.update(partial.id(),
				new RoadmapItemDraft(product, "Partial", null, null, null, List.of(), window.getFirst(),
						ItemStatus.PLANNED, Confidence.HIGH, "secret", "Outcome for buyers", "What changes for users"),
				partial.version());
		assertThat(full.shareable()).isTrue();
		assertThat(draft.title()).isEqualTo("Partial");

		LocalDate nextYear = LocalDate.now().plusYears(1);
		assertThat(full.slipped(nextYear)).isTrue();
		assertThat(full.slipped(LocalDate.now())).isFalse();
	}

	@Test
	void bad_input_and_stale_versions_are_refused_and_change_nothing() {
		var other = strategy.createProduct(new ProductDraft("Other", Market.SMB, null)).id();
		var foreignTheory = strategy.saveTheory(other, null,
				new TheoryDraft("Elsewhere", null, Advantage.BRAND, "metric", null, null, null), 0);
		assertThatThrownBy(() -> roadmap.create(item(" ", null))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> roadmap.create(new RoadmapItemDraft(product, "T", null, null, foreignTheory.id(),
				List.of(), null, null, null, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("theory"));
		var saved = roadmap.create(item("Kept", null));
		roadmap.update(saved.id(), item("Changed", null), saved.version());
		assertThatThrownBy(() -> roadmap.update(saved.id(), item("Stale", null), saved.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(roadmap.get(saved.id()).title()).isEqualTo("Changed");
	}

	@Test
	void viewers_read_and_other_companies_see_nothing() {
		var saved = roadmap.create(item("Visible", null));
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));
		assertThat(roadmap.items(product)).extracting(RoadmapItem::title).containsExactly("Visible");
		assertThatThrownBy(() -> roadmap.create(item("No", null))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> roadmap.move(saved.id(), null, null)).isInstanceOf(AccessDeniedException.class);

		signIn.as(fixtures.personIn(fixtures.tenant("Stranger Co"), Role.ADMIN));
		assertThatThrownBy(() -> roadmap.get(saved.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> roadmap.items(product)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> roadmap.board(product, 25, java.util.Set.of())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> roadmap.page(product, 0, 50)).isInstanceOf(NotFoundException.class);
		assertThat(fixtures.owner().fetchCount(ROADMAP_ITEM, ROADMAP_ITEM.TENANT_ID.eq(tenant))).isEqualTo(1);
	}

	private RoadmapItemDraft item(String title, Quarter quarter) {
		return new RoadmapItemDraft(product, title, null, null, null, List.of(), quarter, null, null, null, null, null);
	}

	private List<String> titlesIn(Quarter quarter) {
		return roadmap.items(product)
			.stream()
			.filter(i -> java.util.Objects.equals(i.quarter(), quarter))
			.map(RoadmapItem::title)
			.toList();
	}

}
