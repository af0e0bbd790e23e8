package com.throughline.sharing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.tables.RoadmapItem;
import com.throughline.db.tables.records.ClientRequestRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_REQUEST;
import static com.throughline.db.Tables.ROADMAP_ITEM;

/**
 * Client requests, read with their client's name and contract value and the titles of the
 * two roadmap items they weigh against each other.
 */
@Repository
class ClientRequestRepository {

	private static final RoadmapItem DELIVERED = ROADMAP_ITEM.as("delivered");

	private static final RoadmapItem DISPLACED = ROADMAP_ITEM.as("displaced");

	private final DSLContext db;

	ClientRequestRepository(DSLContext db) {
		this.db = db;
	}

	/** The company's requests, newest first; only those of one status when given. */
	List<ClientRequest> requests(UUID tenantId, @Nullable RequestStatus status) {
		Condition condition = CLIENT_REQUEST.TENANT_ID.eq(tenantId);
		if (status != null) {
			condition = condition.and(CLIENT_REQUEST.STATUS.eq(status));
		}
		return select().where(condition)
			.orderBy(CLIENT_REQUEST.CREATED_AT.desc())
			.fetch(ClientRequestRepository::request);
	}

	Optional<ClientRequest> request(UUID tenantId, UUID id) {
		return select().where(CLIENT_REQUEST.TENANT_ID.eq(tenantId).and(CLIENT_REQUEST.ID.eq(id)))
			.fetchOptional(ClientRequestRepository::request);
	}

	void insert(UUID tenantId, UUID id, ClientRequestDraft request, UUID createdBy) {
		db.insertInto(CLIENT_REQUEST)
			.set(editable(request))
			.set(CLIENT_REQUEST.TENANT_ID, tenantId)
			.set(CLIENT_REQUEST.ID, id)
			.set(CLIENT_REQUEST.CREATED_BY, createdBy)
			.execute();
	}

	int update(UUID tenantId, UUID id, ClientRequestDraft request, int version) {
		return db.update(CLIENT_REQUEST)
			.set(editable(request))
			.set(CLIENT_REQUEST.VERSION, CLIENT_REQUEST.VERSION.plus(1))
			.where(CLIENT_REQUEST.TENANT_ID.eq(tenantId).and(CLIENT_REQUEST.ID.eq(id)))
			.and(CLIENT_REQUEST.VERSION.eq(version))
			.execute();
	}

	/** How many of the given items belong to the product. */
	int itemsOf(UUID tenantId, UUID productId, List<UUID> itemIds) {
		return db.fetchCount(ROADMAP_ITEM,
				ROADMAP_ITEM.TENANT_ID.eq(tenantId)
					.and(ROADMAP_ITEM.PRODUCT_ID.eq(productId))
					.and(ROADMAP_ITEM.ID.in(itemIds)));
	}

	/** The columns the team types, for an insert or an update alike. */
	private static ClientRequestRecord editable(ClientRequestDraft request) {
		var row = new ClientRequestRecord();
		row.setClientId(request.clientId());
		row.setTitle(request.title());
		row.setDetail(request.detail());
		row.setProductId(request.productId());
		row.setDeliveredBy(request.deliveredBy());
		row.setDisplaces(request.displaces());
		row.setStatus(request.status());
		row.setDecisionNote(request.decisionNote());
		return row;
	}

	private SelectOnConditionStep<Record> select() {
		return db.select(CLIENT_REQUEST.fields())
			.select(CLIENT_ACCOUNT.NAME, CLIENT_ACCOUNT.ANNUAL_CONTRACT_VALUE, DELIVERED.TITLE, DISPLACED.TITLE)
			.from(CLIENT_REQUEST)
			.join(CLIENT_ACCOUNT)
			.on(CLIENT_ACCOUNT.TENANT_ID.eq(CLIENT_REQUEST.TENANT_ID)
				.and(CLIENT_ACCOUNT.ID.eq(CLIENT_REQUEST.CLIENT_ID)))
			.leftJoin(DELIVERED)
			.on(DELIVERED.TENANT_ID.eq(CLIENT_REQUEST.TENANT_ID).and(DELIVERED.ID.eq(CLIENT_REQUEST.DELIVERED_BY)))
			.leftJoin(DISPLACED)
			.on(DISPLACED.TENANT_ID.eq(CLIENT_REQUEST.TENANT_ID).and(DISPLACED.ID.eq(CLIENT_REQUEST.DISPLACES)));
	}

	private static ClientRequest request(Record r) {
		return new ClientRequest(r.get(CLIENT_REQUEST.ID), r.get(CLIENT_REQUEST.CLIENT_ID), r.get(CLIENT_ACCOUNT.NAME),
				r.get(CLIENT_ACCOUNT.ANNUAL_CONTRACT_VALUE), r.get(CLIENT_REQUEST.TITLE), r.get(CLIENT_REQUEST.DETAIL),
				r.get(CLIENT_REQUEST.PRODUCT_ID), r.get(CLIENT_REQUEST.DELIVERED_BY), r.get(DELIVERED.TITLE),
				r.get(CLIENT_REQUEST.DISPLACES), r.get(DISPLACED.TITLE), r.get(CLIENT_REQUEST.STATUS),
				r.get(CLIENT_REQUEST.DECISION_NOTE), r.get(CLIENT_REQUEST.CREATED_AT), r.get(CLIENT_REQUEST.VERSION));
	}

}
