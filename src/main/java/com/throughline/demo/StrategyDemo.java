package com.throughline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.EvidenceKind;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.PhaseKind;
import com.throughline.strategy.domain.PhaseStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import static com.throughline.db.Tables.EVIDENCE;
import static com.throughline.db.Tables.GLEE_PHASE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static com.throughline.db.Tables.STRATEGY_VERSION;

/** Writes one demo product with its strategy, GLEe phases, theories and hypotheses. */
final class StrategyDemo {

	private final DSLContext db;

	private final UUID tenant;

	private final UUID author;

	private UUID product;

	private int phases;

	private int theories;

	private int items;

	StrategyDemo(DSLContext db, UUID tenant, UUID author) {
		this.db = db;
		this.tenant = tenant;
		this.author = author;
	}

	StrategyDemo product(String name, Market market, String description) {
		product = UUID.randomUUID();
		db.insertInto(PRODUCT)
			.set(PRODUCT.TENANT_ID, tenant)
			.set(PRODUCT.ID, product)
			.set(PRODUCT.NAME, name)
			.set(PRODUCT.MARKET, market)
			.set(PRODUCT.DESCRIPTION, description)
			.execute();
		return this;
	}

	StrategyDemo strategy(int number, String vision, String delight, String hardToCopy, String margin) {
		db.insertInto(STRATEGY_VERSION)
			.set(STRATEGY_VERSION.TENANT_ID, tenant)
			.set(STRATEGY_VERSION.ID, UUID.randomUUID())
			.set(STRATEGY_VERSION.PRODUCT_ID, product)
			.set(STRATEGY_VERSION.NUMBER, number)
			.set(STRATEGY_VERSION.VISION, vision)
			.set(STRATEGY_VERSION.DELIGHT, delight)
			.set(STRATEGY_VERSION.HARD_TO_COPY, hardToCopy)
			.set(STRATEGY_VERSION.MARGIN, margin)
			.set(STRATEGY_VERSION.AUTHOR_ID, author)
			.set(STRATEGY_VERSION.CREATED_AT, OffsetDateTime.now().minusDays(60L / number))
			.execute();
		return this;
	}

	StrategyDemo phase(PhaseKind kind, PhaseStatus status, String statement, String trend, String horizon,
			@Nullable String learnings) {
		db.insertInto(GLEE_PHASE)
			.set(GLEE_PHASE.TENANT_ID, tenant)
			.set(GLEE_PHASE.ID, UUID.randomUUID())
			.set(GLEE_PHASE.PRODUCT_ID, product)
			.set(GLEE_PHASE.POSITION, phases++)
			.set(GLEE_PHASE.KIND, kind)
			.set(GLEE_PHASE.STATEMENT, statement)
			.set(GLEE_PHASE.TREND, trend)
			.set(GLEE_PHASE.HORIZON, horizon)
			.set(GLEE_PHASE.STATUS, status)
			.set(GLEE_PHASE.LEARNINGS, learnings)
			.execute();
		return this;
	}

	UUID theory(String title, Advantage advantage, String metric, String unit, String definition, String current) {
		UUID id = UUID.randomUUID();
		db.insertInto(STRATEGY_THEORY)
			.set(STRATEGY_THEORY.TENANT_ID, tenant)
			.set(STRATEGY_THEORY.ID, id)
			.set(STRATEGY_THEORY.PRODUCT_ID, product)
			.set(STRATEGY_THEORY.TITLE, title)
			.set(STRATEGY_THEORY.ADVANTAGE, advantage)
			.set(STRATEGY_THEORY.METRIC_NAME, metric)
			.set(STRATEGY_THEORY.METRIC_UNIT, unit)
			.set(STRATEGY_THEORY.METRIC_DEFINITION, definition)
			.set(STRATEGY_THEORY.METRIC_CURRENT, new BigDecimal(current))
			.set(STRATEGY_THEORY.POSITION, theories++)
			.execute();
		return id;
	}

	/** The theory's why as buyers of shared roadmaps read it. */
	void clientWording(UUID theory, String wording) {
		db.update(STRATEGY_THEORY)
			.set(STRATEGY_THEORY.CLIENT_WORDING, wording)
			.where(STRATEGY_THEORY.TENANT_ID.eq(tenant).and(STRATEGY_THEORY.ID.eq(theory)))
			.execute();
	}

	/**
	 * A hypothesis; {@code daysFromNow} places its deadline, ended ones get observed
	 * value and learning.
	 */
	UUID hypothesis(UUID theory, HypothesisStatus status, String statement, String metric, @Nullable String baseline,
			@Nullable String target, int daysFromNow, @Nullable TestMethod method, @Nullable String observed,
			@Nullable String learning, UUID owner) {
		UUID id = UUID.randomUUID();
		boolean started = status.criteriaLocked();
		db.insertInto(HYPOTHESIS)
			.set(HYPOTHESIS.TENANT_ID, tenant)
			.set(HYPOTHESIS.ID, id)
			.set(HYPOTHESIS.PRODUCT_ID, product)
			.set(HYPOTHESIS.THEORY_ID, theory)
			.set(HYPOTHESIS.STATEMENT, statement)
			.set(HYPOTHESIS.METRIC_NAME, metric)
			.set(HYPOTHESIS.BASELINE, baseline == null ? null : new BigDecimal(baseline))
			.set(HYPOTHESIS.TARGET, target == null ? null : new BigDecimal(target))
			.set(HYPOTHESIS.DIRECTION,
					baseline != null && target != null && new BigDecimal(target).compareTo(new BigDecimal(baseline)) < 0
							? Direction.DECREASE : Direction.INCREASE)
			.set(HYPOTHESIS.DEADLINE, status == HypothesisStatus.DRAFT ? null : LocalDate.now().plusDays(daysFromNow))
			.set(HYPOTHESIS.TEST_METHOD, method)
			.set(HYPOTHESIS.OWNER_ID, owner)
			.set(HYPOTHESIS.STATUS, status)
			.set(HYPOTHESIS.OBSERVED, observed == null ? null : new BigDecimal(observed))
			.set(HYPOTHESIS.LEARNING, learning)
			.set(HYPOTHESIS.STARTED_AT, started ? OffsetDateTime.now().minusDays(30) : null)
			.set(HYPOTHESIS.ENDED_AT, status.finished() ? OffsetDateTime.now().minusDays(2) : null)
			.execute();
		return id;
	}

	/**
	 * A roadmap item {@code quarters} quarters from now (negative: in the past; null:
	 * Later).
	 */
	StrategyDemo roadmapItem(UUID theory, String title, @Nullable Integer quarters, ItemStatus status,
			Confidence confidence, @Nullable String buyerBenefit, @Nullable String userBenefit) {
		Quarter quarter = null;
		if (quarters != null) {
			quarter = Quarter.of(LocalDate.now().plusMonths(3L * quarters));
		}
		db.insertInto(ROADMAP_ITEM)
			.set(ROADMAP_ITEM.TENANT_ID, tenant)
			.set(ROADMAP_ITEM.ID, UUID.randomUUID())
			.set(ROADMAP_ITEM.PRODUCT_ID, product)
			.set(ROADMAP_ITEM.TITLE, title)
			.set(ROADMAP_ITEM.THEORY_ID, theory)
			.set(ROADMAP_ITEM.QUARTER_START, quarter == null ? null : quarter.firstDay())
			.set(ROADMAP_ITEM.POSITION, items++)
			.set(ROADMAP_ITEM.STATUS, status)
			.set(ROADMAP_ITEM.CONFIDENCE, confidence)
			.set(ROADMAP_ITEM.INTERNAL_NOTES, "Depends on the data platform team's capacity.")
			.set(ROADMAP_ITEM.BUYER_BENEFIT, buyerBenefit)
			.set(ROADMAP_ITEM.USER_BENEFIT, userBenefit)
			.execute();
		return this;
	}

	StrategyDemo evidence(UUID hypothesis, EvidenceKind kind, int daysAgo, String summary, String source) {
		db.insertInto(EVIDENCE)
			.set(EVIDENCE.TENANT_ID, tenant)
			.set(EVIDENCE.ID, UUID.randomUUID())
			.set(EVIDENCE.HYPOTHESIS_ID, hypothesis)
			.set(EVIDENCE.KIND, kind)
			.set(EVIDENCE.OBSERVED_ON, LocalDate.now().minusDays(daysAgo))
			.set(EVIDENCE.SUMMARY, summary)
			.set(EVIDENCE.SOURCE, source)
			.set(EVIDENCE.AUTHOR_ID, author)
			.execute();
		return this;
	}

}
