package com.throughline.sharing.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.Routines;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.SelectConditionStep;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_CONTACT;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.ROADMAP_SHARE_ITEM;
import static com.throughline.db.Tables.SHARED_ROADMAP;
import static com.throughline.db.Tables.SHARE_LINK;
import static com.throughline.db.Tables.SHARE_PREVIEW;
import static com.throughline.db.Tables.SHARE_REACTION;
import static com.throughline.db.Tables.SHARE_VIEW;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentLocalDate;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

/**
 * Key clients, shares and their links; the client-facing reads go through the database
 * functions.
 */
@Repository
class SharingRepository {

	private final DSLContext db;

	SharingRepository(DSLContext db) {
		this.db = db;
	}

	boolean clientExists(UUID tenantId, UUID clientId) {
		return db.fetchExists(CLIENT_ACCOUNT,
				CLIENT_ACCOUNT.TENANT_ID.eq(tenantId).and(CLIENT_ACCOUNT.ID.eq(clientId)));
	}

	boolean productExists(UUID tenantId, UUID productId) {
		return db.fetchExists(PRODUCT, PRODUCT.TENANT_ID.eq(tenantId).and(PRODUCT.ID.eq(productId)));
	}

	int itemsOf(UUID tenantId, List<UUID> itemIds, UUID productId) {
		return db.fetchCount(ROADMAP_ITEM,
				ROADMAP_ITEM.TENANT_ID.eq(tenantId)
					.and(ROADMAP_ITEM.ID.in(itemIds))
					.and(ROADMAP_ITEM.PRODUCT_ID.eq(productId)));
	}

	void insertShare(UUID tenantId, UUID id, ShareDraft draft, UUID createdBy) {
		db.insertInto(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.TENANT_ID, tenantId)
			.set(ROADMAP_SHARE.ID, id)
			.set(ROADMAP_SHARE.CLIENT_ID, draft.clientId())
			.set(ROADMAP_SHARE.PRODUCT_ID, draft.productId())
			.set(ROADMAP_SHARE.ALL_ITEMS, draft.allItems())
			.set(ROADMAP_SHARE.MESSAGE, draft.message())
			.set(ROADMAP_SHARE.EXPIRES_ON, draft.expiresOn())
			.set(ROADMAP_SHARE.CREATED_BY, createdBy)
			.execute();
		insertItems(tenantId, id, draft.itemIds());
	}

	/**
	 * Changes what an unrevoked share shows and until when; 0 when it was revoked or
	 * changed since {@code version}.
	 */
	int updateShare(UUID tenantId, UUID id, ShareDraft draft, int version) {
		int changed = db.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.ALL_ITEMS, draft.allItems())
			.set(ROADMAP_SHARE.MESSAGE, draft.message())
			.set(ROADMAP_SHARE.EXPIRES_ON, draft.expiresOn())
			.set(ROADMAP_SHARE.VERSION, ROADMAP_SHARE.VERSION.plus(1))
			.where(ROADMAP_SHARE.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE.ID.eq(id)))
			.and(ROADMAP_SHARE.VERSION.eq(version))
			.and(ROADMAP_SHARE.REVOKED_AT.isNull())
			.execute();
		if (changed == 1) {
			db.deleteFrom(ROADMAP_SHARE_ITEM)
				.where(ROADMAP_SHARE_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE_ITEM.SHARE_ID.eq(id)))
				.execute();
			insertItems(tenantId, id, draft.itemIds());
		}
		return changed;
	}

	List<UUID> pickedItems(UUID tenantId, UUID shareId) {
		return db.select(ROADMAP_SHARE_ITEM.ITEM_ID)
			.from(ROADMAP_SHARE_ITEM)
			.where(ROADMAP_SHARE_ITEM.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE_ITEM.SHARE_ID.eq(shareId)))
			.fetch(ROADMAP_SHARE_ITEM.ITEM_ID);
	}

	private void insertItems(UUID tenantId, UUID id, List<UUID> itemIds) {
		for (UUID itemId : itemIds) {
			db.insertInto(ROADMAP_SHARE_ITEM)
				.set(ROADMAP_SHARE_ITEM.TENANT_ID, tenantId)
				.set(ROADMAP_SHARE_ITEM.ID, UUID.randomUUID())
				.set(ROADMAP_SHARE_ITEM.SHARE_ID, id)
				.set(ROADMAP_SHARE_ITEM.ITEM_ID, itemId)
				.execute();
		}
	}

	void insertLink(UUID tenantId, UUID shareId, Persona persona, String tokenHash) {
		db.insertInto(SHARE_LINK)
			.set(SHARE_LINK.TENANT_ID, tenantId)
			.set(SHARE_LINK.ID, UUID.randomUUID())
			.set(SHARE_LINK.SHARE_ID, shareId)
			.set(SHARE_LINK.PERSONA, persona)
			.set(SHARE_LINK.TOKEN_HASH, tokenHash)
			.execute();
	}

	int revoke(UUID tenantId, UUID shareId) {
		return db.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.REVOKED_AT, currentOffsetDateTime())
			.set(ROADMAP_SHARE.VERSION, ROADMAP_SHARE.VERSION.plus(1))
			.where(ROADMAP_SHARE.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE.ID.eq(shareId)))
			.and(ROADMAP_SHARE.REVOKED_AT.isNull())
			.execute();
	}

	int revokeLinks(UUID tenantId, UUID shareId) {
		return db.update(SHARE_LINK)
			.set(SHARE_LINK.REVOKED_AT, currentOffsetDateTime())
			.where(SHARE_LINK.TENANT_ID.eq(tenantId).and(SHARE_LINK.SHARE_ID.eq(shareId)))
			.and(SHARE_LINK.REVOKED_AT.isNull())
			.execute();
	}

	boolean activeShare(UUID tenantId, UUID shareId) {
		return db.fetchExists(ROADMAP_SHARE,
				ROADMAP_SHARE.TENANT_ID.eq(tenantId)
					.and(ROADMAP_SHARE.ID.eq(shareId))
					.and(ROADMAP_SHARE.REVOKED_AT.isNull())
					.and(ROADMAP_SHARE.EXPIRES_ON.ge(currentLocalDate())));
	}

	/** The latest openings of a share, newest first. */
	List<ShareViewEntry> views(UUID tenantId, UUID shareId, int limit) {
		return db.select(SHARE_VIEW.VIEWED_AT, SHARE_LINK.PERSONA, SHARE_VIEW.PERSONA, CLIENT_CONTACT.NAME)
			.from(SHARE_VIEW)
			.leftJoin(SHARE_LINK)
			.on(SHARE_LINK.TENANT_ID.eq(SHARE_VIEW.TENANT_ID).and(SHARE_LINK.ID.eq(SHARE_VIEW.LINK_ID)))
			.leftJoin(CLIENT_CONTACT)
			.on(CLIENT_CONTACT.TENANT_ID.eq(SHARE_VIEW.TENANT_ID).and(CLIENT_CONTACT.ID.eq(SHARE_VIEW.CONTACT_ID)))
			.where(SHARE_VIEW.TENANT_ID.eq(tenantId).and(SHARE_VIEW.SHARE_ID.eq(shareId)))
			.orderBy(SHARE_VIEW.VIEWED_AT.desc())
			.limit(limit)
			.fetch(r -> new ShareViewEntry(r.value1(), r.value2() != null ? r.value2() : r.value3(), r.value4()));
	}

	List<Share> shares(UUID tenantId) {
		return shareQuery(ROADMAP_SHARE.TENANT_ID.eq(tenantId)).orderBy(ROADMAP_SHARE.CREATED_AT.desc())
			.fetch(SharingRepository::share);
	}

	Optional<Share> share(UUID tenantId, UUID id) {
		return shareQuery(ROADMAP_SHARE.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE.ID.eq(id)))
			.fetchOptional(SharingRepository::share);
	}

	private SelectConditionStep<Record12<UUID, UUID, String, UUID, String, Boolean, String, LocalDate, OffsetDateTime, Integer, OffsetDateTime, Integer>> shareQuery(
			Condition condition) {
		var views = field(select(count()).from(SHARE_VIEW)
			.where(SHARE_VIEW.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(SHARE_VIEW.SHARE_ID.eq(ROADMAP_SHARE.ID))))
			.as("views");
		var last = field(select(max(SHARE_VIEW.VIEWED_AT)).from(SHARE_VIEW)
			.where(SHARE_VIEW.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(SHARE_VIEW.SHARE_ID.eq(ROADMAP_SHARE.ID))))
			.as("last_viewed");
		return db
			.select(ROADMAP_SHARE.ID, ROADMAP_SHARE.CLIENT_ID, CLIENT_ACCOUNT.NAME, ROADMAP_SHARE.PRODUCT_ID,
					PRODUCT.NAME, ROADMAP_SHARE.ALL_ITEMS, ROADMAP_SHARE.MESSAGE, ROADMAP_SHARE.EXPIRES_ON,
					ROADMAP_SHARE.REVOKED_AT, views, last, ROADMAP_SHARE.VERSION)
			.from(ROADMAP_SHARE)
			.join(CLIENT_ACCOUNT)
			.on(CLIENT_ACCOUNT.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(CLIENT_ACCOUNT.ID.eq(ROADMAP_SHARE.CLIENT_ID)))
			.join(PRODUCT)
			.on(PRODUCT.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(PRODUCT.ID.eq(ROADMAP_SHARE.PRODUCT_ID)))
			.where(condition);
	}

	private static Share share(
			Record12<UUID, UUID, String, UUID, String, Boolean, String, LocalDate, OffsetDateTime, Integer, OffsetDateTime, Integer> r) {
		return new Share(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
				r.value9(), r.value10(), r.value11(), r.value12());
	}

	Optional<SharedRoadmap> byToken(String tokenHash) {
		return SharedContent.of(db.selectFrom(SHARED_ROADMAP.call(tokenHash)).fetch());
	}

	Optional<SharedRoadmap> preview(UUID shareId, Persona persona) {
		return SharedContent.of(db.selectFrom(SHARE_PREVIEW.call(shareId, persona.name())).fetch());
	}

	boolean react(String tokenHash, UUID itemId, @Nullable String comment) {
		return Boolean.TRUE.equals(Routines.reactToShare(db.configuration(), tokenHash, itemId, comment));
	}

	/**
	 * Per item of a product: which clients marked it important, with their contract
	 * values.
	 */
	List<ClientInterest> interest(UUID tenantId, UUID productId) {
		return db
			.selectDistinct(SHARE_REACTION.ITEM_ID, CLIENT_ACCOUNT.ID, CLIENT_ACCOUNT.NAME,
					CLIENT_ACCOUNT.ANNUAL_CONTRACT_VALUE)
			.from(SHARE_REACTION)
			.join(ROADMAP_SHARE)
			.on(ROADMAP_SHARE.TENANT_ID.eq(SHARE_REACTION.TENANT_ID).and(ROADMAP_SHARE.ID.eq(SHARE_REACTION.SHARE_ID)))
			.join(CLIENT_ACCOUNT)
			.on(CLIENT_ACCOUNT.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(CLIENT_ACCOUNT.ID.eq(ROADMAP_SHARE.CLIENT_ID)))
			.where(SHARE_REACTION.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE.PRODUCT_ID.eq(productId)))
			.fetch(r -> new ClientInterest(r.value1(), r.value2(), r.value3(), r.value4()));
	}

}
