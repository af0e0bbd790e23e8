package com.throughline.roadmap.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.throughline.db.tables.records.RoadmapItemRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.ROADMAP_ITEM_HYPOTHESIS;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

/**
 * Roadmap items, ordered within their quarter (or Later), with their hypothesis links.
 */
@Repository
class RoadmapRepository {

	private final DSLContext db;

	RoadmapRepository(DSLContext db) {
		this.db = db;
	}

	List<RoadmapItem> ofProduct(UUID tenantId, UUID productId) {
		return ofProduct(tenantId, productId, 0, Integer.MAX_VALUE);
	}

	List<RoadmapItem> ofProduct(UUID tenantId, UUID productId, int offset, int limit) {
		var rows = select().where(ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.PRODUCT_ID.eq(productId)))
			.orderBy(ROADMAP_ITEM.QUARTER_START.nullsLast(), ROADMAP_ITEM.POSITION, ROADMAP_ITEM.CREATED_AT,
					ROADMAP_ITEM.ID)
			.offset(offset)
			.limit(limit)
			.fetch();
		var links = links(tenantId, rows.map(r -> r.get(ROADMAP_ITEM.ID)));
		return rows.map(r -> item(r, links.getOrDefault(r.get(ROADMAP_ITEM.ID), List.of())));
	}

	/**
	 * The timeline's cards, column by column in order: the first {@code cards} items of
	 * every column, or all of them for the columns in {@code whole}, each with its
	 * column's size. The quarters before the window share one column; items planned past
	 * the window are in Later, by quarter, ahead of the unplanned ones. The ranking reads
	 * only the board index (V20); the rows shown are then read by id.
	 */
	List<Card> board(UUID tenantId, UUID productId, List<Quarter> window, int cards, Set<BoardColumn.Key> whole) {
		var shown = shownOnBoard(tenantId, productId, window, cards, whole);
		var rows = select().where(ROADMAP_ITEM.TENANT_ID.eq(tenantId))
			.and(ROADMAP_ITEM.ID.in(shown.keySet()))
			.fetchMap(ROADMAP_ITEM.ID);
		var links = links(tenantId, shown.keySet());
		return shown.entrySet()
			.stream()
			.map(card -> new Card(item(rows.get(card.getKey()), links.getOrDefault(card.getKey(), List.of())),
					card.getValue()))
			.toList();
	}

	/** The ids of the items the board shows, in its order, with their column's size. */
	private Map<UUID, Integer> shownOnBoard(UUID tenantId, UUID productId, List<Quarter> window, int cards,
			Set<BoardColumn.Key> whole) {
		LocalDate start = window.getFirst().firstDay();
		LocalDate last = window.getLast().firstDay();
		Field<LocalDate> column = when(ROADMAP_ITEM.QUARTER_START.lt(start), val(start.minusMonths(3)))
			.when(ROADMAP_ITEM.QUARTER_START.gt(last), val(null, ROADMAP_ITEM.QUARTER_START))
			.otherwise(ROADMAP_ITEM.QUARTER_START);
		var columnSize = DSL.count().over(partitionBy(column)).as("column_size");
		var rank = rowNumber().over(partitionBy(column).orderBy(ROADMAP_ITEM.QUARTER_START.nullsLast(),
				ROADMAP_ITEM.POSITION, ROADMAP_ITEM.CREATED_AT));
		var isShown = field(rank.le(cards).or(or(whole.stream().map(key -> in(key, start, last)).toList())))
			.as("shown");
		var ranked = db
			.select(ROADMAP_ITEM.ID, ROADMAP_ITEM.QUARTER_START, ROADMAP_ITEM.POSITION, ROADMAP_ITEM.CREATED_AT,
					columnSize, isShown)
			.from(ROADMAP_ITEM)
			.where(ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.PRODUCT_ID.eq(productId)))
			.asTable("ranked");
		Map<UUID, Integer> shown = new LinkedHashMap<>();
		db.select(ranked.field(ROADMAP_ITEM.ID), ranked.field(columnSize))
			.from(ranked)
			.where(ranked.field(isShown).isTrue())
			.orderBy(ranked.field(ROADMAP_ITEM.QUARTER_START).nullsLast(), ranked.field(ROADMAP_ITEM.POSITION),
					ranked.field(ROADMAP_ITEM.CREATED_AT))
			.forEach(r -> shown.put(r.value1(), r.value2()));
		return shown;
	}

	private static Condition in(BoardColumn.Key column, LocalDate windowStart, LocalDate windowLast) {
		return switch (column.kind()) {
			case EARLIER -> ROADMAP_ITEM.QUARTER_START.lt(windowStart);
			case QUARTER -> ROADMAP_ITEM.QUARTER_START.eq(column.quarter().firstDay());
			case LATER -> ROADMAP_ITEM.QUARTER_START.isNull().or(ROADMAP_ITEM.QUARTER_START.gt(windowLast));
		};
	}

	/** An item on the timeline, and how many items its column holds. */
	record Card(RoadmapItem item, int columnSize) {
	}

	int count(UUID tenantId, UUID productId) {
		return db.fetchCount(ROADMAP_ITEM,
				ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.PRODUCT_ID.eq(productId)));
	}

	Optional<RoadmapItem> find(UUID tenantId, UUID id) {
		return select().where(ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.ID.eq(id)))
			.fetchOptional(r -> item(r, links(tenantId, List.of(id)).getOrDefault(id, List.of())));
	}

	boolean productExists(UUID tenantId, UUID productId) {
		return db.fetchExists(PRODUCT, PRODUCT.TENANT_ID.eq(tenantId).and(PRODUCT.ID.eq(productId)));
	}

	boolean theoryOf(UUID tenantId, UUID theoryId, UUID productId) {
		return db.fetchExists(STRATEGY_THEORY,
				STRATEGY_THEORY.TENANT_ID.eq(tenantId)
					.and(STRATEGY_THEORY.ID.eq(theoryId))
					.and(STRATEGY_THEORY.PRODUCT_ID.eq(productId)));
	}

	int hypothesesOf(UUID tenantId, Collection<UUID> ids, UUID productId) {
		return db.fetchCount(HYPOTHESIS,
				HYPOTHESIS.TENANT_ID.eq(tenantId).and(HYPOTHESIS.ID.in(ids)).and(HYPOTHESIS.PRODUCT_ID.eq(productId)));
	}

	int nextPosition(UUID tenantId, UUID productId, @Nullable Quarter quarter) {
		return db.select(coalesce(max(ROADMAP_ITEM.POSITION).plus(1), val(0)))
			.from(ROADMAP_ITEM)
			.where(ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.PRODUCT_ID.eq(productId)))
			.and(quarter == null ? ROADMAP_ITEM.QUARTER_START.isNull()
					: ROADMAP_ITEM.QUARTER_START.eq(quarter.firstDay()))
			.fetchSingle()
			.value1();
	}

	void insert(UUID tenantId, UUID id, RoadmapItemDraft draft, int position) {
		var record = db.newRecord(ROADMAP_ITEM);
		record.setTenantId(tenantId);
		record.setId(id);
		record.setPosition(position);
		fill(record, draft);
		db.executeInsert(record);
		link(tenantId, id, draft.hypothesisIds());
	}

	int update(UUID tenantId, UUID id, RoadmapItemDraft draft, int version) {
		var record = db.newRecord(ROADMAP_ITEM);
		fill(record, draft);
		record.setVersion(version + 1);
		record.setUpdatedAt(null);
		record.changed(ROADMAP_ITEM.UPDATED_AT, false);
		int updated = db.update(ROADMAP_ITEM)
			.set(record)
			.set(ROADMAP_ITEM.UPDATED_AT, currentOffsetDateTime())
			.where(ROADMAP_ITEM.TENANT_ID.eq(tenantId)
				.and(ROADMAP_ITEM.ID.eq(id))
				.and(ROADMAP_ITEM.VERSION.eq(version)))
			.execute();
		if (updated > 0) {
			db.deleteFrom(ROADMAP_ITEM_HYPOTHESIS)
				.where(ROADMAP_ITEM_HYPOTHESIS.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM_HYPOTHESIS.ITEM_ID.eq(id)))
				.execute();
			link(tenantId, id, draft.hypothesisIds());
		}
		return updated;
	}

	/**
	 * Puts the item in a column at a place, renumbering that column's other items in
	 * order.
	 */
	void place(UUID tenantId, UUID productId, UUID id, @Nullable Quarter quarter, List<UUID> columnOrder) {
		db.update(ROADMAP_ITEM)
			.set(ROADMAP_ITEM.QUARTER_START, quarter == null ? null : quarter.firstDay())
			.set(ROADMAP_ITEM.UPDATED_AT, currentOffsetDateTime())
			.set(ROADMAP_ITEM.VERSION, ROADMAP_ITEM.VERSION.plus(1))
			.where(ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.ID.eq(id)))
			.execute();
		for (int i = 0; i < columnOrder.size(); i++) {
			db.update(ROADMAP_ITEM)
				.set(ROADMAP_ITEM.POSITION, i)
				.where(ROADMAP_ITEM.TENANT_ID.eq(tenantId)
					.and(ROADMAP_ITEM.PRODUCT_ID.eq(productId))
					.and(ROADMAP_ITEM.ID.eq(columnOrder.get(i))))
				.execute();
		}
	}

	private void link(UUID tenantId, UUID itemId, List<UUID> hypothesisIds) {
		for (UUID hypothesisId : hypothesisIds) {
			db.insertInto(ROADMAP_ITEM_HYPOTHESIS)
				.set(ROADMAP_ITEM_HYPOTHESIS.TENANT_ID, tenantId)
				.set(ROADMAP_ITEM_HYPOTHESIS.ID, UUID.randomUUID())
				.set(ROADMAP_ITEM_HYPOTHESIS.ITEM_ID, itemId)
				.set(ROADMAP_ITEM_HYPOTHESIS.HYPOTHESIS_ID, hypothesisId)
				.execute();
		}
	}

	/** Items with their theory's title. */
	private SelectOnConditionStep<Record> select() {
		return db.select(ROADMAP_ITEM.fields())
			.select(STRATEGY_THEORY.TITLE)
			.from(ROADMAP_ITEM)
			.leftJoin(STRATEGY_THEORY)
			.on(STRATEGY_THEORY.TENANT_ID.eq(ROADMAP_ITEM.TENANT_ID)
				.and(STRATEGY_THEORY.ID.eq(ROADMAP_ITEM.THEORY_ID)));
	}

	private Map<UUID, List<UUID>> links(UUID tenantId, Collection<UUID> itemIds) {
		return db.selectFrom(ROADMAP_ITEM_HYPOTHESIS)
			.where(ROADMAP_ITEM_HYPOTHESIS.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM_HYPOTHESIS.ITEM_ID.in(itemIds)))
			.fetch()
			.stream()
			.collect(groupingBy(l -> l.getItemId(), mapping(l -> l.getHypothesisId(), toList())));
	}

	private static void fill(RoadmapItemRecord r, RoadmapItemDraft d) {
		r.setProductId(d.productId());
		r.setTitle(d.title());
		r.setDescription(d.description());
		r.setTheme(d.theme());
		r.setTheoryId(d.theoryId());
		r.setQuarterStart(d.quarter() == null ? null : d.quarter().firstDay());
		r.setStatus(d.status());
		r.setConfidence(d.confidence());
		r.setInternalNotes(d.internalNotes());
		r.setBuyerBenefit(d.buyerBenefit());
		r.setUserBenefit(d.userBenefit());
	}

	private static RoadmapItem item(Record r, List<UUID> hypotheses) {
		var i = r.into(ROADMAP_ITEM);
		return new RoadmapItem(i.getId(), i.getProductId(), i.getTitle(), i.getDescription(), i.getTheme(),
				i.getTheoryId(), r.get(STRATEGY_THEORY.TITLE), hypotheses,
				i.getQuarterStart() == null ? null : Quarter.of(i.getQuarterStart()), i.getPosition(), i.getStatus(),
				i.getConfidence(), i.getInternalNotes(), i.getBuyerBenefit(), i.getUserBenefit(), i.getVersion());
	}

}
