package com.throughline.hypothesis.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.EVIDENCE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.HYPOTHESES_MATCHING;
import static com.throughline.db.Tables.HYPOTHESIS_STATUS_COUNT;
import static com.throughline.db.Tables.MEMBERSHIP;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.noCondition;

/** Hypotheses and their evidence, paged, sorted and filtered in SQL. */
@Repository
class HypothesisRepository {

	private final DSLContext db;

	HypothesisRepository(DSLContext db) {
		this.db = db;
	}

	/**
	 * One page of the grid. The page's ids are found first, sorting only ids and the sort
	 * key (a deep page of a wide row would sort every preceding row whole, spilling to
	 * disk), among the text's matches when there is a text; only those rows are then read
	 * with their joins. A page past the middle is found from the far end, in the reverse
	 * order, when the total is kept (an offset walks every row before it: this halves the
	 * longest walk).
	 */
	List<HypothesisRow> page(UUID tenantId, HypothesisFilter filter, HypothesisSort sort, boolean ascending, int offset,
			int limit) {
		var rows = GridSource.of(tenantId, filter);
		var order = rows.order(sort, ascending);
		// A first page is read from the start whatever the total: no need to know it.
		if (offset > 0 && filter.atMostStatus()) {
			int total = count(tenantId, filter);
			int beyond = total - offset - limit;
			if (beyond < offset) {
				order = rows.reversed(sort, ascending);
				limit = Math.min(limit, total - offset);
				offset = Math.max(beyond, 0);
			}
		}
		if (limit <= 0) {
			return List.of();
		}
		var page = db.select(rows.id())
			.from(rows.table())
			.where(rows.narrowedBy(filter))
			.orderBy(order)
			.offset(offset)
			.limit(limit)
			.asTable("page");
		return withNames(db.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT, PRODUCT.NAME, STRATEGY_THEORY.TITLE,
				HYPOTHESIS.STATUS, APP_USER.DISPLAY_NAME, HYPOTHESIS.TEST_METHOD, HYPOTHESIS.DEADLINE))
			.join(page)
			.on(HYPOTHESIS.ID.eq(page.field(rows.id())))
			.where(HYPOTHESIS.TENANT_ID.eq(tenantId))
			.orderBy(GridSource.TABLE.order(sort, ascending))
			.fetch(Records.mapping(HypothesisRow::new));
	}

	/**
	 * From the kept counts (V18) when the filter is at most a status; else counted, among
	 * the text's matches when there is a text.
	 */
	int count(UUID tenantId, HypothesisFilter filter) {
		if (filter.atMostStatus()) {
			var counts = countsByStatus(tenantId);
			return filter.status() == null ? counts.values().stream().mapToInt(Integer::intValue).sum()
					: counts.getOrDefault(filter.status(), 0);
		}
		var rows = GridSource.of(tenantId, filter);
		return db.fetchCount(rows.table(), rows.narrowedBy(filter));
	}

	Optional<Hypothesis> find(UUID tenantId, UUID id) {
		return select().where(HYPOTHESIS.TENANT_ID.eq(tenantId).and(HYPOTHESIS.ID.eq(id)))
			.fetchOptional(HypothesisRepository::hypothesis);
	}

	List<Hypothesis> ofProduct(UUID tenantId, UUID productId) {
		return select().where(HYPOTHESIS.TENANT_ID.eq(tenantId).and(HYPOTHESIS.PRODUCT_ID.eq(productId)))
			.orderBy(HYPOTHESIS.UPDATED_AT.desc())
			.fetch(HypothesisRepository::hypothesis);
	}

	List<Hypothesis> overdue(UUID tenantId, LocalDate today, int limit) {
		return select().where(HYPOTHESIS.TENANT_ID.eq(tenantId))
			.and(HYPOTHESIS.STATUS.eq(HypothesisStatus.TESTING))
			.and(HYPOTHESIS.DEADLINE.lt(today))
			.orderBy(HYPOTHESIS.DEADLINE)
			.limit(limit)
			.fetch(HypothesisRepository::hypothesis);
	}

	List<Hypothesis> recentlyEnded(UUID tenantId, int limit) {
		return select().where(HYPOTHESIS.TENANT_ID.eq(tenantId))
			.and(HYPOTHESIS.STATUS.in(HypothesisStatus.OUTCOMES))
			.orderBy(HYPOTHESIS.ENDED_AT.desc().nullsLast())
			.limit(limit)
			.fetch(HypothesisRepository::hypothesis);
	}

	/**
	 * The statuses the company has hypotheses in, with how many: kept by triggers (V18).
	 */
	Map<HypothesisStatus, Integer> countsByStatus(UUID tenantId) {
		Map<HypothesisStatus, Integer> counts = new EnumMap<>(HypothesisStatus.class);
		db.select(HYPOTHESIS_STATUS_COUNT.STATUS, HYPOTHESIS_STATUS_COUNT.HYPOTHESES)
			.from(HYPOTHESIS_STATUS_COUNT)
			.where(HYPOTHESIS_STATUS_COUNT.TENANT_ID.eq(tenantId))
			.and(HYPOTHESIS_STATUS_COUNT.HYPOTHESES.gt(0))
			.forEach(r -> counts.put(r.value1(), r.value2()));
		return counts;
	}

	void insert(UUID tenantId, UUID id, HypothesisDraft draft, HypothesisStatus status, @Nullable UUID supersedes) {
		db.insertInto(HYPOTHESIS)
			.set(HYPOTHESIS.TENANT_ID, tenantId)
			.set(HYPOTHESIS.ID, id)
			.set(HYPOTHESIS.PRODUCT_ID, draft.productId())
			.set(HYPOTHESIS.THEORY_ID, draft.theoryId())
			.set(HYPOTHESIS.STATEMENT, draft.statement())
			.set(HYPOTHESIS.METRIC_NAME, draft.metricName())
			.set(HYPOTHESIS.BASELINE, draft.baseline())
			.set(HYPOTHESIS.TARGET, draft.target())
			.set(HYPOTHESIS.DIRECTION, draft.direction())
			.set(HYPOTHESIS.DEADLINE, draft.deadline())
			.set(HYPOTHESIS.TEST_METHOD, draft.method())
			.set(HYPOTHESIS.OWNER_ID, draft.ownerId())
			.set(HYPOTHESIS.STATUS, status)
			.set(HYPOTHESIS.SUPERSEDES_ID, supersedes)
			.execute();
	}

	int update(UUID tenantId, UUID id, HypothesisDraft draft, HypothesisStatus status, int version) {
		return db.update(HYPOTHESIS)
			.set(HYPOTHESIS.PRODUCT_ID, draft.productId())
			.set(HYPOTHESIS.THEORY_ID, draft.theoryId())
			.set(HYPOTHESIS.STATEMENT, draft.statement())
			.set(HYPOTHESIS.METRIC_NAME, draft.metricName())
			.set(HYPOTHESIS.BASELINE, draft.baseline())
			.set(HYPOTHESIS.TARGET, draft.target())
			.set(HYPOTHESIS.DIRECTION, draft.direction())
			.set(HYPOTHESIS.DEADLINE, draft.deadline())
			.set(HYPOTHESIS.TEST_METHOD, draft.method())
			.set(HYPOTHESIS.OWNER_ID, draft.ownerId())
			.set(HYPOTHESIS.STATUS, status)
			.set(HYPOTHESIS.UPDATED_AT, currentOffsetDateTime())
			.set(HYPOTHESIS.VERSION, HYPOTHESIS.VERSION.plus(1))
			.where(HYPOTHESIS.TENANT_ID.eq(tenantId).and(HYPOTHESIS.ID.eq(id)).and(HYPOTHESIS.VERSION.eq(version)))
			.execute();
	}

	/**
	 * Moves the status on, recording when the test started or ended, what was observed
	 * and learnt.
	 */
	int transition(UUID tenantId, UUID id, int version, HypothesisStatus to, @Nullable BigDecimal observed,
			@Nullable String learning) {
		var update = db.update(HYPOTHESIS)
			.set(HYPOTHESIS.STATUS, to)
			.set(HYPOTHESIS.UPDATED_AT, currentOffsetDateTime())
			.set(HYPOTHESIS.VERSION, HYPOTHESIS.VERSION.plus(1));
		if (to == HypothesisStatus.TESTING) {
			update = update.set(HYPOTHESIS.STARTED_AT, currentOffsetDateTime());
		}
		if (to.finished()) {
			update = update.set(HYPOTHESIS.ENDED_AT, currentOffsetDateTime())
				.set(HYPOTHESIS.OBSERVED, observed)
				.set(HYPOTHESIS.LEARNING, learning);
		}
		return update.where(HYPOTHESIS.TENANT_ID.eq(tenantId))
			.and(HYPOTHESIS.ID.eq(id))
			.and(HYPOTHESIS.VERSION.eq(version))
			.execute();
	}

	List<Evidence> evidence(UUID tenantId, UUID hypothesisId) {
		return db
			.select(EVIDENCE.ID, EVIDENCE.KIND, EVIDENCE.OBSERVED_ON, EVIDENCE.SUMMARY, EVIDENCE.SOURCE, EVIDENCE.LINK,
					APP_USER.DISPLAY_NAME, EVIDENCE.CREATED_AT)
			.from(EVIDENCE)
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(EVIDENCE.AUTHOR_ID))
			.where(EVIDENCE.TENANT_ID.eq(tenantId).and(EVIDENCE.HYPOTHESIS_ID.eq(hypothesisId)))
			.orderBy(EVIDENCE.OBSERVED_ON.desc(), EVIDENCE.CREATED_AT.desc())
			.fetch(r -> new Evidence(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
					r.value8()));
	}

	void insertEvidence(UUID tenantId, UUID hypothesisId, EvidenceDraft draft, UUID author) {
		db.insertInto(EVIDENCE)
			.set(EVIDENCE.TENANT_ID, tenantId)
			.set(EVIDENCE.ID, UUID.randomUUID())
			.set(EVIDENCE.HYPOTHESIS_ID, hypothesisId)
			.set(EVIDENCE.KIND, draft.kind())
			.set(EVIDENCE.OBSERVED_ON, draft.observedOn())
			.set(EVIDENCE.SUMMARY, draft.summary())
			.set(EVIDENCE.SOURCE, draft.source())
			.set(EVIDENCE.LINK, draft.link())
			.set(EVIDENCE.AUTHOR_ID, author)
			.execute();
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

	boolean memberOf(UUID tenantId, UUID accountId) {
		return db.fetchExists(MEMBERSHIP, MEMBERSHIP.TENANT_ID.eq(tenantId).and(MEMBERSHIP.USER_ID.eq(accountId)));
	}

	private SelectOnConditionStep<Record> select() {
		return withNames(
				db.select(HYPOTHESIS.fields()).select(PRODUCT.NAME, STRATEGY_THEORY.TITLE, APP_USER.DISPLAY_NAME));
	}

	/** Hypotheses with the names of their product, theory and owner. */
	private static <R extends Record> SelectOnConditionStep<R> withNames(SelectSelectStep<R> fields) {
		return fields.from(HYPOTHESIS)
			.join(PRODUCT)
			.on(PRODUCT.TENANT_ID.eq(HYPOTHESIS.TENANT_ID).and(PRODUCT.ID.eq(HYPOTHESIS.PRODUCT_ID)))
			.leftJoin(STRATEGY_THEORY)
			.on(STRATEGY_THEORY.TENANT_ID.eq(HYPOTHESIS.TENANT_ID).and(STRATEGY_THEORY.ID.eq(HYPOTHESIS.THEORY_ID)))
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(HYPOTHESIS.OWNER_ID));
	}

	/**
	 * Where the grid's rows come from, with the columns it narrows and sorts by: the
	 * company's hypotheses, or the text's matches (V19: under RLS, LIKE cannot use the
	 * index; the function reads only the bound company's rows and carries those columns,
	 * so a page is sorted among the matches without reading them back).
	 */
	private record GridSource(Table<?> table, Condition company, Field<UUID> id, Field<UUID> product,
			Field<UUID> theory, Field<UUID> owner, Field<HypothesisStatus> status, Field<TestMethod> method,
			Field<OffsetDateTime> updated, Field<LocalDate> deadline, Field<String> statementSort) {

		static final GridSource TABLE = new GridSource(HYPOTHESIS, noCondition(), HYPOTHESIS.ID, HYPOTHESIS.PRODUCT_ID,
				HYPOTHESIS.THEORY_ID, HYPOTHESIS.OWNER_ID, HYPOTHESIS.STATUS, HYPOTHESIS.TEST_METHOD,
				HYPOTHESIS.UPDATED_AT, HYPOTHESIS.DEADLINE, HYPOTHESIS.STATEMENT_SORT);

		static GridSource of(UUID tenantId, HypothesisFilter filter) {
			if (!filter.hasText()) {
				return TABLE.with(HYPOTHESIS.TENANT_ID.eq(tenantId));
			}
			var m = HYPOTHESES_MATCHING.call(filter.text().strip()).as("matching");
			return new GridSource(m, noCondition(), m.ID, m.PRODUCT_ID, m.THEORY_ID, m.OWNER_ID, m.STATUS,
					m.TEST_METHOD, m.UPDATED_AT, m.DEADLINE, m.STATEMENT_SORT);
		}

		private GridSource with(Condition company) {
			return new GridSource(table, company, id, product, theory, owner, status, method, updated, deadline,
					statementSort);
		}

		Condition narrowedBy(HypothesisFilter filter) {
			Condition condition = company;
			if (filter.productId() != null) {
				condition = condition.and(product.eq(filter.productId()));
			}
			if (filter.theoryId() != null) {
				condition = condition.and(theory.eq(filter.theoryId()));
			}
			if (filter.status() != null) {
				condition = condition.and(status.eq(filter.status()));
			}
			if (filter.ownerId() != null) {
				condition = condition.and(owner.eq(filter.ownerId()));
			}
			if (filter.method() != null) {
				condition = condition.and(method.eq(filter.method()));
			}
			return condition;
		}

		/**
		 * The grid's order, written so that an index in that order serves it either way
		 * (V12): the tie-breaker follows the direction, and only the nullable deadline
		 * names where nulls go. Statements sort by their first 100 characters, a stored
		 * column (V15).
		 */
		List<SortField<?>> order(HypothesisSort sort, boolean ascending) {
			return order(sort, ascending, false);
		}

		/** The grid's order backwards: the same index read from its other end. */
		List<SortField<?>> reversed(HypothesisSort sort, boolean ascending) {
			return order(sort, !ascending, true);
		}

		private List<SortField<?>> order(HypothesisSort sort, boolean ascending, boolean nullsFirst) {
			Field<?> field = switch (sort) {
				case UPDATED -> updated;
				case STATUS -> status;
				case DEADLINE -> deadline;
				case STATEMENT -> statementSort;
			};
			SortField<?> first = ascending ? field.asc() : field.desc();
			if (sort == HypothesisSort.DEADLINE) {
				first = nullsFirst ? first.nullsFirst() : first.nullsLast();
			}
			return List.of(first, ascending ? id.asc() : id.desc());
		}

	}

	private static Hypothesis hypothesis(Record r) {
		var h = r.into(HYPOTHESIS);
		return new Hypothesis(h.getId(), h.getProductId(), r.get(PRODUCT.NAME), h.getTheoryId(),
				r.get(STRATEGY_THEORY.TITLE), h.getStatement(), h.getMetricName(), h.getBaseline(), h.getTarget(),
				h.getDirection(), h.getDeadline(), h.getTestMethod(), h.getOwnerId(), r.get(APP_USER.DISPLAY_NAME),
				h.getStatus(), h.getObserved(), h.getLearning(), h.getStartedAt(), h.getEndedAt(), h.getSupersedesId(),
				h.getUpdatedAt(), h.getVersion());
	}

}
