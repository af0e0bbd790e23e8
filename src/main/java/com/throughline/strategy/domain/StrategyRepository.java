package com.throughline.strategy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.tables.records.GleePhaseRecord;
import com.throughline.db.tables.records.StrategyTheoryRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.GLEE_PHASE;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static com.throughline.db.Tables.STRATEGY_VERSION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.val;

/** Products, strategy versions, GLEe phases and theories of the active workspace. */
@Repository
class StrategyRepository {

	private final DSLContext db;

	StrategyRepository(DSLContext db) {
		this.db = db;
	}

	List<Product> products(UUID tenantId) {
		return db.selectFrom(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenantId))
			.orderBy(PRODUCT.NAME)
			.fetch(p -> new Product(p.getId(), p.getName(), p.getMarket(), p.getDescription(), p.getVersion()));
	}

	Optional<Product> product(UUID tenantId, UUID productId) {
		return db.selectFrom(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenantId).and(PRODUCT.ID.eq(productId)))
			.fetchOptional(p -> new Product(p.getId(), p.getName(), p.getMarket(), p.getDescription(), p.getVersion()));
	}

	boolean productNameTaken(UUID tenantId, String name, @Nullable UUID except) {
		return db.fetchExists(PRODUCT,
				PRODUCT.TENANT_ID.eq(tenantId)
					.and(PRODUCT.NAME.equalIgnoreCase(name))
					.and(except == null ? PRODUCT.ID.isNotNull() : PRODUCT.ID.ne(except)));
	}

	void insertProduct(UUID tenantId, UUID id, ProductDraft draft) {
		db.insertInto(PRODUCT)
			.set(PRODUCT.TENANT_ID, tenantId)
			.set(PRODUCT.ID, id)
			.set(PRODUCT.NAME, draft.name())
			.set(PRODUCT.MARKET, draft.market())
			.set(PRODUCT.DESCRIPTION, draft.description())
			.execute();
	}

	int updateProduct(UUID tenantId, UUID id, ProductDraft draft, int version) {
		return db.update(PRODUCT)
			.set(PRODUCT.NAME, draft.name())
			.set(PRODUCT.MARKET, draft.market())
			.set(PRODUCT.DESCRIPTION, draft.description())
			.set(PRODUCT.VERSION, PRODUCT.VERSION.plus(1))
			.where(PRODUCT.TENANT_ID.eq(tenantId).and(PRODUCT.ID.eq(id)).and(PRODUCT.VERSION.eq(version)))
			.execute();
	}

	List<Strategy> strategies(UUID tenantId, UUID productId) {
		return db
			.select(STRATEGY_VERSION.NUMBER, STRATEGY_VERSION.VISION, STRATEGY_VERSION.DELIGHT,
					STRATEGY_VERSION.HARD_TO_COPY, STRATEGY_VERSION.MARGIN, APP_USER.DISPLAY_NAME,
					STRATEGY_VERSION.CREATED_AT)
			.from(STRATEGY_VERSION)
			.leftJoin(APP_USER)
			.on(APP_USER.ID.eq(STRATEGY_VERSION.AUTHOR_ID))
			.where(STRATEGY_VERSION.TENANT_ID.eq(tenantId).and(STRATEGY_VERSION.PRODUCT_ID.eq(productId)))
			.orderBy(STRATEGY_VERSION.NUMBER.desc())
			.fetch(r -> new Strategy(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7()));
	}

	int latestStrategyNumber(UUID tenantId, UUID productId) {
		return db.select(coalesce(max(STRATEGY_VERSION.NUMBER), val(0)))
			.from(STRATEGY_VERSION)
			.where(STRATEGY_VERSION.TENANT_ID.eq(tenantId).and(STRATEGY_VERSION.PRODUCT_ID.eq(productId)))
			.fetchSingle()
			.value1();
	}

	void insertStrategy(UUID tenantId, UUID productId, int number, StrategyDraft draft, UUID author) {
		db.insertInto(STRATEGY_VERSION)
			.set(STRATEGY_VERSION.TENANT_ID, tenantId)
			.set(STRATEGY_VERSION.ID, UUID.randomUUID())
			.set(STRATEGY_VERSION.PRODUCT_ID, productId)
			.set(STRATEGY_VERSION.NUMBER, number)
			.set(STRATEGY_VERSION.VISION, draft.vision())
			.set(STRATEGY_VERSION.DELIGHT, draft.delight())
			.set(STRATEGY_VERSION.HARD_TO_COPY, draft.hardToCopy())
			.set(STRATEGY_VERSION.MARGIN, draft.margin())
			.set(STRATEGY_VERSION.AUTHOR_ID, author)
			.execute();
	}

	List<GleePhase> phases(UUID tenantId, UUID productId) {
		return db.selectFrom(GLEE_PHASE)
			.where(GLEE_PHASE.TENANT_ID.eq(tenantId).and(GLEE_PHASE.PRODUCT_ID.eq(productId)))
			.orderBy(GLEE_PHASE.POSITION, GLEE_PHASE.ID)
			.fetch(StrategyRepository::phase);
	}

	/**
	 * Locks the product's phases until the transaction ends, so phase rules hold under
	 * concurrency.
	 */
	List<GleePhase> lockPhases(UUID tenantId, UUID productId) {
		return db.selectFrom(GLEE_PHASE)
			.where(GLEE_PHASE.TENANT_ID.eq(tenantId).and(GLEE_PHASE.PRODUCT_ID.eq(productId)))
			.orderBy(GLEE_PHASE.POSITION, GLEE_PHASE.ID)
			.forUpdate()
			.fetch(StrategyRepository::phase);
	}

	void insertPhase(UUID tenantId, UUID productId, UUID id, int position, PhaseDraft draft) {
		var record = phaseFields(draft);
		record.setTenantId(tenantId);
		record.setId(id);
		record.setProductId(productId);
		record.setPosition(position);
		db.executeInsert(record);
	}

	int updatePhase(UUID tenantId, UUID id, PhaseDraft draft, int version) {
		return db.update(GLEE_PHASE)
			.set(phaseFields(draft))
			.set(GLEE_PHASE.VERSION, GLEE_PHASE.VERSION.plus(1))
			.where(GLEE_PHASE.TENANT_ID.eq(tenantId).and(GLEE_PHASE.ID.eq(id)).and(GLEE_PHASE.VERSION.eq(version)))
			.execute();
	}

	void setPhaseStatus(UUID tenantId, UUID id, PhaseStatus status) {
		db.update(GLEE_PHASE)
			.set(GLEE_PHASE.STATUS, status)
			.set(GLEE_PHASE.VERSION, GLEE_PHASE.VERSION.plus(1))
			.where(GLEE_PHASE.TENANT_ID.eq(tenantId).and(GLEE_PHASE.ID.eq(id)))
			.execute();
	}

	void setPhasePosition(UUID tenantId, UUID id, int position) {
		db.update(GLEE_PHASE)
			.set(GLEE_PHASE.POSITION, position)
			.where(GLEE_PHASE.TENANT_ID.eq(tenantId).and(GLEE_PHASE.ID.eq(id)))
			.execute();
	}

	List<StrategyTheory> theories(UUID tenantId, UUID productId) {
		return db.selectFrom(STRATEGY_THEORY)
			.where(STRATEGY_THEORY.TENANT_ID.eq(tenantId).and(STRATEGY_THEORY.PRODUCT_ID.eq(productId)))
			.orderBy(STRATEGY_THEORY.POSITION, STRATEGY_THEORY.CREATED_AT)
			.fetch(StrategyRepository::theory);
	}

	List<StrategyTheory> allTheories(UUID tenantId) {
		return db.selectFrom(STRATEGY_THEORY)
			.where(STRATEGY_THEORY.TENANT_ID.eq(tenantId))
			.orderBy(STRATEGY_THEORY.TITLE)
			.fetch(StrategyRepository::theory);
	}

	void insertTheory(UUID tenantId, UUID productId, UUID id, int position, TheoryDraft draft) {
		db.insertInto(STRATEGY_THEORY)
			.set(STRATEGY_THEORY.TENANT_ID, tenantId)
			.set(STRATEGY_THEORY.ID, id)
			.set(STRATEGY_THEORY.PRODUCT_ID, productId)
			.set(STRATEGY_THEORY.POSITION, position)
			.set(STRATEGY_THEORY.TITLE, draft.title())
			.set(STRATEGY_THEORY.DESCRIPTION, draft.description())
			.set(STRATEGY_THEORY.ADVANTAGE, draft.advantage())
			.set(STRATEGY_THEORY.METRIC_NAME, draft.metricName())
			.set(STRATEGY_THEORY.METRIC_UNIT, draft.metricUnit())
			.set(STRATEGY_THEORY.METRIC_DEFINITION, draft.metricDefinition())
			.set(STRATEGY_THEORY.METRIC_CURRENT, draft.metricCurrent())
			.set(STRATEGY_THEORY.CLIENT_WORDING, draft.clientWording())
			.execute();
	}

	int updateTheory(UUID tenantId, UUID id, TheoryDraft draft, int version) {
		return db.update(STRATEGY_THEORY)
			.set(STRATEGY_THEORY.TITLE, draft.title())
			.set(STRATEGY_THEORY.DESCRIPTION, draft.description())
			.set(STRATEGY_THEORY.ADVANTAGE, draft.advantage())
			.set(STRATEGY_THEORY.METRIC_NAME, draft.metricName())
			.set(STRATEGY_THEORY.METRIC_UNIT, draft.metricUnit())
			.set(STRATEGY_THEORY.METRIC_DEFINITION, draft.metricDefinition())
			.set(STRATEGY_THEORY.METRIC_CURRENT, draft.metricCurrent())
			.set(STRATEGY_THEORY.CLIENT_WORDING, draft.clientWording())
			.set(STRATEGY_THEORY.VERSION, STRATEGY_THEORY.VERSION.plus(1))
			.where(STRATEGY_THEORY.TENANT_ID.eq(tenantId)
				.and(STRATEGY_THEORY.ID.eq(id))
				.and(STRATEGY_THEORY.VERSION.eq(version)))
			.execute();
	}

	/** The fields a person edits, as a record holding only those (changed) values. */
	private GleePhaseRecord phaseFields(PhaseDraft draft) {
		var record = db.newRecord(GLEE_PHASE);
		record.setKind(draft.kind());
		record.setStatement(draft.statement());
		record.setTrend(draft.trend());
		record.setHorizon(draft.horizon());
		record.setStatus(draft.status());
		record.setLearnings(draft.learnings());
		return record;
	}

	private static GleePhase phase(GleePhaseRecord p) {
		return new GleePhase(p.getId(), p.getPosition(), p.getKind(), p.getStatement(), p.getTrend(), p.getHorizon(),
				p.getStatus(), p.getLearnings(), p.getVersion());
	}

	private static StrategyTheory theory(StrategyTheoryRecord t) {
		return new StrategyTheory(t.getId(), t.getProductId(), t.getTitle(), t.getDescription(), t.getAdvantage(),
				new ProxyMetric(t.getMetricName(), t.getMetricUnit(), t.getMetricDefinition(), t.getMetricCurrent()),
				t.getPosition(), t.getClientWording(), t.getVersion());
	}

}
