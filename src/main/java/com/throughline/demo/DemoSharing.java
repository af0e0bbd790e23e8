package com.throughline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;

import com.throughline.platform.security.SecretTokens;
import com.throughline.sharing.domain.Persona;
import com.throughline.sharing.domain.RequestStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_CONTACT;
import static com.throughline.db.Tables.CLIENT_REQUEST;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.ROADMAP_SHARE_ITEM;
import static com.throughline.db.Tables.SHARE_LINK;

/**
 * Two key clients for the B2B demo company, each with a buyer and a user contact, an
 * active share of its roadmap and a request weighed as a trade-off. Three contacts have
 * accounts and sign in to see their client's share; the links are random and never shown:
 * the team opens them with "Preview as buyer / user", or shares anew.
 */
final class DemoSharing {

	private DemoSharing() {
	}

	static void lumen(DSLContext db, UUID tenant, UUID owner, BiFunction<String, String, UUID> account) {
		UUID northwind = client(db, tenant, "Northwind Logistics", "180000", owner);
		UUID contoso = client(db, tenant, "Contoso Manufacturing", "95000", owner);
		contact(db, tenant, northwind, "Olivia Grant", "olivia@northwind.test", Persona.BUYER, account);
		contact(db, tenant, northwind, "Ravi Patel", "ravi@northwind.test", Persona.USER, account);
		contact(db, tenant, contoso, "Hannah Brooks", "hannah@contoso.test", Persona.BUYER, account);
		contact(db, tenant, contoso, "Tom Ito", "tom@contoso.test", Persona.USER, null);
		UUID product = db.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenant).and(PRODUCT.NAME.eq("Lumen Insights")))
			.fetchSingle()
			.value1();
		share(db, tenant, northwind, product, "Ahead of our quarterly review: what is coming for Northwind.", owner);
		UUID contosoShare = share(db, tenant, contoso, product, null, owner);
		db.update(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.ALL_ITEMS, false)
			.where(ROADMAP_SHARE.TENANT_ID.eq(tenant).and(ROADMAP_SHARE.ID.eq(contosoShare)))
			.execute();
		db.select(ROADMAP_ITEM.ID)
			.from(ROADMAP_ITEM)
			.where(ROADMAP_ITEM.TENANT_ID.eq(tenant).and(ROADMAP_ITEM.PRODUCT_ID.eq(product)))
			.and(ROADMAP_ITEM.TITLE.in("Embed snippet for partner portals", "Single sign-on for embedded viewers"))
			.fetch(ROADMAP_ITEM.ID)
			.forEach(item -> db.insertInto(ROADMAP_SHARE_ITEM)
				.set(ROADMAP_SHARE_ITEM.TENANT_ID, tenant)
				.set(ROADMAP_SHARE_ITEM.ID, UUID.randomUUID())
				.set(ROADMAP_SHARE_ITEM.SHARE_ID, contosoShare)
				.set(ROADMAP_SHARE_ITEM.ITEM_ID, item)
				.execute());
		var items = db.select(ROADMAP_ITEM.TITLE, ROADMAP_ITEM.ID)
			.from(ROADMAP_ITEM)
			.where(ROADMAP_ITEM.TENANT_ID.eq(tenant).and(ROADMAP_ITEM.PRODUCT_ID.eq(product)))
			.fetchMap(ROADMAP_ITEM.TITLE, ROADMAP_ITEM.ID);
		request(db, tenant, northwind, product, owner, "Single sign-on with our Azure AD before the dispatcher rollout",
				items.get("Single sign-on for embedded viewers"), items.get("Peer benchmarks next to every KPI"),
				RequestStatus.OPEN, null);
		request(db, tenant, contoso, product, owner, "Benchmarks against other manufacturers",
				items.get("Industry benchmark network"), items.get("Columnar cache for heavy dashboards"),
				RequestStatus.DECLINED, "The network needs about 50 companies first: we revisit it next year.");
	}

	private static void request(DSLContext db, UUID tenant, UUID client, UUID product, UUID owner, String title,
			UUID deliveredBy, UUID displaces, RequestStatus status, @Nullable String note) {
		db.insertInto(CLIENT_REQUEST)
			.set(CLIENT_REQUEST.TENANT_ID, tenant)
			.set(CLIENT_REQUEST.ID, UUID.randomUUID())
			.set(CLIENT_REQUEST.CLIENT_ID, client)
			.set(CLIENT_REQUEST.TITLE, title)
			.set(CLIENT_REQUEST.PRODUCT_ID, product)
			.set(CLIENT_REQUEST.DELIVERED_BY, deliveredBy)
			.set(CLIENT_REQUEST.DISPLACES, displaces)
			.set(CLIENT_REQUEST.STATUS, status)
			.set(CLIENT_REQUEST.DECISION_NOTE, note)
			.set(CLIENT_REQUEST.CREATED_BY, owner)
			.execute();
	}

	private static UUID share(DSLContext db, UUID tenant, UUID client, UUID product, @Nullable String message,
			UUID owner) {
		UUID share = UUID.randomUUID();
		db.insertInto(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.TENANT_ID, tenant)
			.set(ROADMAP_SHARE.ID, share)
			.set(ROADMAP_SHARE.CLIENT_ID, client)
			.set(ROADMAP_SHARE.PRODUCT_ID, product)
			.set(ROADMAP_SHARE.MESSAGE, message)
			.set(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().plusMonths(3))
			.set(ROADMAP_SHARE.CREATED_BY, owner)
			.execute();
		for (Persona persona : Persona.values()) {
			db.insertInto(SHARE_LINK)
				.set(SHARE_LINK.TENANT_ID, tenant)
				.set(SHARE_LINK.ID, UUID.randomUUID())
				.set(SHARE_LINK.SHARE_ID, share)
				.set(SHARE_LINK.PERSONA, persona)
				.set(SHARE_LINK.TOKEN_HASH, SecretTokens.hash(SecretTokens.newToken()))
				.execute();
		}
		return share;
	}

	/** A contact; with {@code account}, one who accepted an invitation and signs in. */
	private static void contact(DSLContext db, UUID tenant, UUID client, String name, String email, Persona persona,
			@Nullable BiFunction<String, String, UUID> account) {
		db.insertInto(CLIENT_CONTACT)
			.set(CLIENT_CONTACT.TENANT_ID, tenant)
			.set(CLIENT_CONTACT.ID, UUID.randomUUID())
			.set(CLIENT_CONTACT.CLIENT_ID, client)
			.set(CLIENT_CONTACT.NAME, name)
			.set(CLIENT_CONTACT.EMAIL, email)
			.set(CLIENT_CONTACT.PERSONA, persona)
			.set(CLIENT_CONTACT.USER_ID, account == null ? null : account.apply(email, name))
			.execute();
	}

	private static UUID client(DSLContext db, UUID tenant, String name, String acv, UUID owner) {
		UUID id = UUID.randomUUID();
		db.insertInto(CLIENT_ACCOUNT)
			.set(CLIENT_ACCOUNT.TENANT_ID, tenant)
			.set(CLIENT_ACCOUNT.ID, id)
			.set(CLIENT_ACCOUNT.NAME, name)
			.set(CLIENT_ACCOUNT.ANNUAL_CONTRACT_VALUE, new BigDecimal(acv))
			.set(CLIENT_ACCOUNT.OWNER_ID, owner)
			.execute();
		return id;
	}

}
