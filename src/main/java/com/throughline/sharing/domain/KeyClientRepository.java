package com.throughline.sharing.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.throughline.db.tables.records.ClientAccountRecord;
import com.throughline.db.tables.records.ClientContactRecord;
import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_CONTACT;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static org.jooq.impl.DSL.currentOffsetDateTime;

/** Key clients and their contacts. */
@Repository
class KeyClientRepository {

	private final DSLContext db;

	KeyClientRepository(DSLContext db) {
		this.db = db;
	}

	List<ClientAccount> clients(UUID tenantId) {
		return db.selectFrom(CLIENT_ACCOUNT)
			.where(CLIENT_ACCOUNT.TENANT_ID.eq(tenantId))
			.orderBy(CLIENT_ACCOUNT.NAME)
			.fetch(KeyClientRepository::client);
	}

	Optional<ClientAccount> client(UUID tenantId, UUID id) {
		return db.selectFrom(CLIENT_ACCOUNT)
			.where(CLIENT_ACCOUNT.TENANT_ID.eq(tenantId).and(CLIENT_ACCOUNT.ID.eq(id)))
			.fetchOptional(KeyClientRepository::client);
	}

	boolean clientNameTaken(UUID tenantId, String name, UUID exceptId) {
		return db.fetchExists(CLIENT_ACCOUNT,
				CLIENT_ACCOUNT.TENANT_ID.eq(tenantId)
					.and(CLIENT_ACCOUNT.NAME.equalIgnoreCase(name))
					.and(CLIENT_ACCOUNT.ID.ne(exceptId)));
	}

	void insertClient(UUID tenantId, UUID id, ClientDraft client) {
		db.insertInto(CLIENT_ACCOUNT)
			.set(editable(client))
			.set(CLIENT_ACCOUNT.TENANT_ID, tenantId)
			.set(CLIENT_ACCOUNT.ID, id)
			.execute();
	}

	int updateClient(UUID tenantId, UUID id, ClientDraft client, int version) {
		return db.update(CLIENT_ACCOUNT)
			.set(editable(client))
			.set(CLIENT_ACCOUNT.VERSION, CLIENT_ACCOUNT.VERSION.plus(1))
			.where(CLIENT_ACCOUNT.TENANT_ID.eq(tenantId).and(CLIENT_ACCOUNT.ID.eq(id)))
			.and(CLIENT_ACCOUNT.VERSION.eq(version))
			.execute();
	}

	boolean hasShares(UUID tenantId, UUID clientId) {
		return db.fetchExists(ROADMAP_SHARE,
				ROADMAP_SHARE.TENANT_ID.eq(tenantId).and(ROADMAP_SHARE.CLIENT_ID.eq(clientId)));
	}

	/**
	 * Removes a client without shares, with its contacts; false when it was not there.
	 */
	boolean deleteClient(UUID tenantId, UUID clientId) {
		db.deleteFrom(CLIENT_CONTACT)
			.where(CLIENT_CONTACT.TENANT_ID.eq(tenantId).and(CLIENT_CONTACT.CLIENT_ID.eq(clientId)))
			.execute();
		return db.deleteFrom(CLIENT_ACCOUNT)
			.where(CLIENT_ACCOUNT.TENANT_ID.eq(tenantId).and(CLIENT_ACCOUNT.ID.eq(clientId)))
			.execute() == 1;
	}

	List<ClientContact> contacts(UUID tenantId, UUID clientId) {
		return db.selectFrom(CLIENT_CONTACT)
			.where(CLIENT_CONTACT.TENANT_ID.eq(tenantId).and(CLIENT_CONTACT.CLIENT_ID.eq(clientId)))
			.and(CLIENT_CONTACT.REMOVED_AT.isNull())
			.orderBy(CLIENT_CONTACT.PERSONA, CLIENT_CONTACT.NAME)
			.fetch(KeyClientRepository::contact);
	}

	Optional<ClientContact> contact(UUID tenantId, UUID contactId) {
		return db.selectFrom(CLIENT_CONTACT)
			.where(CLIENT_CONTACT.TENANT_ID.eq(tenantId).and(CLIENT_CONTACT.ID.eq(contactId)))
			.and(CLIENT_CONTACT.REMOVED_AT.isNull())
			.fetchOptional(KeyClientRepository::contact);
	}

	Optional<UUID> accountOf(UUID tenantId, UUID contactId) {
		return db.select(CLIENT_CONTACT.USER_ID)
			.from(CLIENT_CONTACT)
			.where(CLIENT_CONTACT.TENANT_ID.eq(tenantId).and(CLIENT_CONTACT.ID.eq(contactId)))
			.fetchOptional(CLIENT_CONTACT.USER_ID);
	}

	boolean contactEmailTaken(UUID tenantId, String email, UUID exceptId) {
		return db.fetchExists(CLIENT_CONTACT,
				CLIENT_CONTACT.TENANT_ID.eq(tenantId)
					.and(CLIENT_CONTACT.EMAIL.equalIgnoreCase(email))
					.and(CLIENT_CONTACT.REMOVED_AT.isNull())
					.and(CLIENT_CONTACT.ID.ne(exceptId)));
	}

	void insertContact(UUID tenantId, UUID id, UUID clientId, ContactDraft contact) {
		db.insertInto(CLIENT_CONTACT)
			.set(editable(contact))
			.set(CLIENT_CONTACT.TENANT_ID, tenantId)
			.set(CLIENT_CONTACT.ID, id)
			.set(CLIENT_CONTACT.CLIENT_ID, clientId)
			.execute();
	}

	int updateContact(UUID tenantId, UUID id, ContactDraft contact, int version) {
		return db.update(CLIENT_CONTACT)
			.set(editable(contact))
			.set(CLIENT_CONTACT.VERSION, CLIENT_CONTACT.VERSION.plus(1))
			.where(CLIENT_CONTACT.TENANT_ID.eq(tenantId).and(CLIENT_CONTACT.ID.eq(id)))
			.and(CLIENT_CONTACT.REMOVED_AT.isNull())
			.and(CLIENT_CONTACT.VERSION.eq(version))
			.execute();
	}

	int removeContact(UUID tenantId, UUID id) {
		return db.update(CLIENT_CONTACT)
			.set(CLIENT_CONTACT.REMOVED_AT, currentOffsetDateTime())
			.set(CLIENT_CONTACT.VERSION, CLIENT_CONTACT.VERSION.plus(1))
			.where(CLIENT_CONTACT.TENANT_ID.eq(tenantId).and(CLIENT_CONTACT.ID.eq(id)))
			.and(CLIENT_CONTACT.REMOVED_AT.isNull())
			.execute();
	}

	/** The columns the team types, for an insert or an update alike. */
	private static ClientAccountRecord editable(ClientDraft client) {
		var row = new ClientAccountRecord();
		row.setName(client.name());
		row.setSegmentId(client.segmentId());
		row.setAnnualContractValue(client.annualContractValue());
		row.setOwnerId(client.ownerId());
		return row;
	}

	private static ClientContactRecord editable(ContactDraft contact) {
		var row = new ClientContactRecord();
		row.setName(contact.name());
		row.setEmail(contact.email());
		row.setPersona(contact.persona());
		return row;
	}

	private static ClientAccount client(ClientAccountRecord c) {
		return new ClientAccount(c.getId(), c.getName(), c.getSegmentId(), c.getAnnualContractValue(), c.getOwnerId(),
				c.getVersion());
	}

	private static ClientContact contact(ClientContactRecord c) {
		return new ClientContact(c.getId(), c.getClientId(), c.getName(), c.getEmail(), c.getPersona(),
				c.getUserId() != null, null, c.getVersion());
	}

}
