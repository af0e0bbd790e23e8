package com.throughline.segment.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.tables.records.SegmentRecord;
import com.throughline.db.tables.records.HypothesisSegmentRecord;
import com.throughline.db.tables.records.RoadmapItemSegmentRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.Record2;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.HYPOTHESIS_SEGMENT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.ROADMAP_ITEM_SEGMENT;
import static com.throughline.db.Tables.SEGMENT;
import static com.throughline.db.Tables.SEGMENT_CRITERION;
import static com.throughline.db.Tables.TENANT;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

/** Segments with their criteria, the company's sales thresholds, and segment tags. */
@Repository
class SegmentRepository {

	/** A tag table: what is tagged (owner) with which segment. */
	private record Tags<R extends Record>(Table<R> table, TableField<R, UUID> tenant, TableField<R, UUID> id,
			TableField<R, UUID> owner, TableField<R, UUID> segment) {
	}

	private static final Tags<HypothesisSegmentRecord> HYPOTHESIS_TAGS = new Tags<>(HYPOTHESIS_SEGMENT,
			HYPOTHESIS_SEGMENT.TENANT_ID, HYPOTHESIS_SEGMENT.ID, HYPOTHESIS_SEGMENT.HYPOTHESIS_ID,
			HYPOTHESIS_SEGMENT.SEGMENT_ID);

	private static final Tags<RoadmapItemSegmentRecord> ROADMAP_TAGS = new Tags<>(ROADMAP_ITEM_SEGMENT,
			ROADMAP_ITEM_SEGMENT.TENANT_ID, ROADMAP_ITEM_SEGMENT.ID, ROADMAP_ITEM_SEGMENT.ITEM_ID,
			ROADMAP_ITEM_SEGMENT.SEGMENT_ID);

	private final DSLContext db;

	SegmentRepository(DSLContext db) {
		this.db = db;
	}

	List<Segment> all(UUID tenantId, boolean includeArchived) {
		var rows = db.selectFrom(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenantId))
			.and(includeArchived ? SEGMENT.ARCHIVED.isNotNull() : SEGMENT.ARCHIVED.isFalse())
			.orderBy(SEGMENT.ARCHIVED, SEGMENT.NAME)
			.fetch();
		var criteria = criteria(tenantId, rows.map(SegmentRecord::getId));
		return rows.map(r -> segment(r, criteria.getOrDefault(r.getId(), List.of())));
	}

	Optional<Segment> find(UUID tenantId, UUID id) {
		return db.selectFrom(SEGMENT)
			.where(SEGMENT.TENANT_ID.eq(tenantId).and(SEGMENT.ID.eq(id)))
			.fetchOptional(r -> segment(r, criteria(tenantId, List.of(id)).getOrDefault(id, List.of())));
	}

	boolean nameTaken(UUID tenantId, String name, UUID except) {
		return db.fetchExists(SEGMENT,
				SEGMENT.TENANT_ID.eq(tenantId).and(SEGMENT.NAME.equalIgnoreCase(name)).and(SEGMENT.ID.ne(except)));
	}

	boolean productExists(UUID tenantId, UUID productId) {
		return db.fetchExists(com.throughline.db.Tables.PRODUCT,
				com.throughline.db.Tables.PRODUCT.TENANT_ID.eq(tenantId)
					.and(com.throughline.db.Tables.PRODUCT.ID.eq(productId)));
	}

	void insert(UUID tenantId, UUID id, SegmentDraft draft) {
		var record = db.newRecord(SEGMENT);
		record.setTenantId(tenantId);
		record.setId(id);
		fill(record, draft);
		db.executeInsert(record);
		insertCriteria(tenantId, id, draft.criteria());
	}

	int update(UUID tenantId, UUID id, SegmentDraft draft, int version) {
		var record = db.newRecord(SEGMENT);
		fill(record, draft);
		record.setVersion(version + 1);
		record.changed(SEGMENT.TENANT_ID, false);
		int updated = db.update(SEGMENT)
			.set(record)
			.where(SEGMENT.TENANT_ID.eq(tenantId).and(SEGMENT.ID.eq(id)).and(SEGMENT.VERSION.eq(version)))
			.execute();
		if (updated > 0) {
			db.deleteFrom(SEGMENT_CRITERION)
				.where(SEGMENT_CRITERION.TENANT_ID.eq(tenantId).and(SEGMENT_CRITERION.SEGMENT_ID.eq(id)))
				.execute();
			insertCriteria(tenantId, id, draft.criteria());
		}
		return updated;
	}

	int setArchived(UUID tenantId, UUID id, boolean archived, int version) {
		return db.update(SEGMENT)
			.set(SEGMENT.ARCHIVED, archived)
			.set(SEGMENT.VERSION, SEGMENT.VERSION.plus(1))
			.where(SEGMENT.TENANT_ID.eq(tenantId).and(SEGMENT.ID.eq(id)).and(SEGMENT.VERSION.eq(version)))
			.execute();
	}

	SalesThresholds thresholds(UUID tenantId) {
		return db.select(TENANT.SELF_SERVE_BELOW, TENANT.FIELD_SALES_FROM, TENANT.VERSION)
			.from(TENANT)
			.where(TENANT.ID.eq(tenantId))
			.fetchOptional(r -> new SalesThresholds(r.value1(), r.value2(), r.value3()))
			.orElse(SalesThresholds.DEFAULT);
	}

	int updateThresholds(UUID tenantId, SalesThresholds thresholds) {
		return db.update(TENANT)
			.set(TENANT.SELF_SERVE_BELOW, thresholds.selfServeBelow())
			.set(TENANT.FIELD_SALES_FROM, thresholds.fieldSalesFrom())
			.set(TENANT.VERSION, TENANT.VERSION.plus(1))
			.where(TENANT.ID.eq(tenantId).and(TENANT.VERSION.eq(thresholds.version())))
			.execute();
	}

	String currency(UUID tenantId) {
		return db.select(TENANT.CURRENCY)
			.from(TENANT)
			.where(TENANT.ID.eq(tenantId))
			.fetchOptional(TENANT.CURRENCY)
			.orElse("USD");
	}

	/** Hypotheses tagged with the segment: their ids and statements. */
	List<Record2<UUID, String>> hypothesesOf(UUID tenantId, UUID segmentId) {
		return db.select(HYPOTHESIS.ID, HYPOTHESIS.STATEMENT)
			.from(HYPOTHESIS_SEGMENT)
			.join(HYPOTHESIS)
			.on(HYPOTHESIS.TENANT_ID.eq(HYPOTHESIS_SEGMENT.TENANT_ID)
				.and(HYPOTHESIS.ID.eq(HYPOTHESIS_SEGMENT.HYPOTHESIS_ID)))
			.where(HYPOTHESIS_SEGMENT.TENANT_ID.eq(tenantId).and(HYPOTHESIS_SEGMENT.SEGMENT_ID.eq(segmentId)))
			.orderBy(HYPOTHESIS.UPDATED_AT.desc())
			.fetch();
	}

	List<UUID> segmentsOf(UUID tenantId, UUID hypothesisId) {
		return tagged(HYPOTHESIS_TAGS, tenantId, hypothesisId);
	}

	boolean hypothesisExists(UUID tenantId, UUID hypothesisId) {
		return db.fetchExists(HYPOTHESIS, HYPOTHESIS.TENANT_ID.eq(tenantId).and(HYPOTHESIS.ID.eq(hypothesisId)));
	}

	void tag(UUID tenantId, UUID hypothesisId, Collection<UUID> segmentIds) {
		retag(HYPOTHESIS_TAGS, tenantId, hypothesisId, segmentIds);
	}

	/** Roadmap items tagged with the segment: their ids and titles. */
	List<Record2<UUID, String>> roadmapItemsOf(UUID tenantId, UUID segmentId) {
		return db.select(ROADMAP_ITEM.ID, ROADMAP_ITEM.TITLE)
			.from(ROADMAP_ITEM_SEGMENT)
			.join(ROADMAP_ITEM)
			.on(ROADMAP_ITEM.TENANT_ID.eq(ROADMAP_ITEM_SEGMENT.TENANT_ID)
				.and(ROADMAP_ITEM.ID.eq(ROADMAP_ITEM_SEGMENT.ITEM_ID)))
			.where(ROADMAP_ITEM_SEGMENT.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM_SEGMENT.SEGMENT_ID.eq(segmentId)))
			.orderBy(ROADMAP_ITEM.TITLE)
			.fetch();
	}

	List<UUID> segmentsOfRoadmapItem(UUID tenantId, UUID itemId) {
		return tagged(ROADMAP_TAGS, tenantId, itemId);
	}

	boolean roadmapItemExists(UUID tenantId, UUID itemId) {
		return db.fetchExists(ROADMAP_ITEM, ROADMAP_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_ITEM.ID.eq(itemId)));
	}

	void tagRoadmapItem(UUID tenantId, UUID itemId, Collection<UUID> segmentIds) {
		retag(ROADMAP_TAGS, tenantId, itemId, segmentIds);
	}

	private <R extends Record> List<UUID> tagged(Tags<R> tags, UUID tenantId, UUID ownerId) {
		return db.select(tags.segment())
			.from(tags.table())
			.where(tags.tenant().eq(tenantId).and(tags.owner().eq(ownerId)))
			.fetch(tags.segment());
	}

	/** Replaces the segments something (a hypothesis, a roadmap item) is tagged with. */
	private <R extends Record> void retag(Tags<R> tags, UUID tenantId, UUID ownerId, Collection<UUID> segmentIds) {
		db.deleteFrom(tags.table()).where(tags.tenant().eq(tenantId).and(tags.owner().eq(ownerId))).execute();
		for (UUID segmentId : segmentIds) {
			db.insertInto(tags.table())
				.set(tags.tenant(), tenantId)
				.set(tags.id(), UUID.randomUUID())
				.set(tags.owner(), ownerId)
				.set(tags.segment(), segmentId)
				.execute();
		}
	}

	private void insertCriteria(UUID tenantId, UUID segmentId, List<Criterion> criteria) {
		for (int i = 0; i < criteria.size(); i++) {
			var c = criteria.get(i);
			db.insertInto(SEGMENT_CRITERION)
				.set(SEGMENT_CRITERION.TENANT_ID, tenantId)
				.set(SEGMENT_CRITERION.ID, UUID.randomUUID())
				.set(SEGMENT_CRITERION.SEGMENT_ID, segmentId)
				.set(SEGMENT_CRITERION.POSITION, i)
				.set(SEGMENT_CRITERION.ATTRIBUTE, c.attribute())
				.set(SEGMENT_CRITERION.OPERATOR, c.operator())
				.set(SEGMENT_CRITERION.VALUE, c.value())
				.set(SEGMENT_CRITERION.STRENGTH, c.strength())
				.execute();
		}
	}

	private Map<UUID, List<Criterion>> criteria(UUID tenantId, Collection<UUID> segmentIds) {
		return db.selectFrom(SEGMENT_CRITERION)
			.where(SEGMENT_CRITERION.TENANT_ID.eq(tenantId).and(SEGMENT_CRITERION.SEGMENT_ID.in(segmentIds)))
			.orderBy(SEGMENT_CRITERION.POSITION)
			.fetch()
			.stream()
			.collect(groupingBy(c -> c.getSegmentId(), mapping(
					c -> new Criterion(c.getAttribute(), c.getOperator(), c.getValue(), c.getStrength()), toList())));
	}

	private static void fill(SegmentRecord r, SegmentDraft d) {
		r.setProductId(d.productId());
		r.setName(d.name());
		r.setDescription(d.description());
		r.setTier(d.tier());
		var p = d.personas();
		r.setBuyerIsUser(p.buyerIsUser());
		r.setBuyerTitle(p.buyerTitle());
		r.setBuyerGoals(p.buyerGoals());
		r.setBuyerSuccess(p.buyerSuccess());
		r.setBuyingProcess(p.buyingProcess());
		r.setSalesCycleMonths(p.salesCycleMonths());
		r.setUserRole(p.userRole());
		r.setUserJobs(p.userJobs());
		r.setUserPains(p.userPains());
		r.setUserSuccess(p.userSuccess());
		var e = d.economics();
		r.setPricePerYear(e.pricePerYear());
		r.setPricingUnit(e.unit());
		r.setReachableCount(e.reachable());
		r.setConversionPercent(e.conversionPercent());
		r.setRevenueTarget(e.revenueTarget());
		r.setBuyerAnnualValue(e.buyerAnnualValue());
		r.setUserEvaluation(d.userEvaluation());
		r.setBuyerScorecard(d.buyerScorecard());
	}

	private static Segment segment(SegmentRecord r, List<Criterion> criteria) {
		return new Segment(r.getId(), r.getProductId(), r.getName(), r.getDescription(), r.getTier(),
				new ArrayList<>(criteria),
				new Personas(r.getBuyerIsUser(), r.getBuyerTitle(), r.getBuyerGoals(), r.getBuyerSuccess(),
						r.getBuyingProcess(), r.getSalesCycleMonths(), r.getUserRole(), r.getUserJobs(),
						r.getUserPains(), r.getUserSuccess()),
				new Economics(r.getPricePerYear(), r.getPricingUnit(), r.getReachableCount(), r.getConversionPercent(),
						r.getRevenueTarget(), r.getBuyerAnnualValue()),
				r.getUserEvaluation(), r.getBuyerScorecard(), r.getArchived(), r.getVersion());
	}

}
