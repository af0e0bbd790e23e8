package com.throughline.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.throughline.platform.security.SecretTokens;
import com.throughline.sharing.domain.Persona;
import org.jooq.DSLContext;

import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.SHARE_LINK;

/**
 * Two key clients for the B2B demo company, and one active share of its roadmap. The
 * share's links are random and never shown: the team opens it with "Preview as buyer /
 * user", or shares anew.
 */
final class DemoSharing {

	private DemoSharing() {
	}

	static void lumen(DSLContext db, UUID tenant, UUID owner) {
		UUID northwind = client(db, tenant, "Northwind Logistics", "180000", owner);
		client(db, tenant, "Contoso Manufacturing", "95000", owner);
		UUID product = db.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenant).and(PRODUCT.NAME.eq("Lumen Insights")))
			.fetchSingle()
			.value1();
		UUID share = UUID.randomUUID();
		db.insertInto(ROADMAP_SHARE)
			.set(ROADMAP_SHARE.TENANT_ID, tenant)
			.set(ROADMAP_SHARE.ID, share)
			.set(ROADMAP_SHARE.CLIENT_ID, northwind)
			.set(ROADMAP_SHARE.PRODUCT_ID, product)
			.set(ROADMAP_SHARE.MESSAGE, "Ahead of our quarterly review: what is coming for Northwind.")
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
