-- The timeline ranks a product's items per column (V5's board index found them, but ranking needs
-- each item's creation time too, so every one of a product's thousand items was read from the
-- table: 6 of the board's 9 ms). The board index now holds everything the ranking reads, so the
-- ranking is an index-only scan and only the 150 items shown are read from the table, by id.
-- It still leads on (tenant_id, product_id, quarter_start, position), so it serves all V5's did.

create index roadmap_item_board_ranking_idx on roadmap_item
    (tenant_id, product_id, quarter_start, position, created_at, id);
drop index roadmap_item_board_idx;
