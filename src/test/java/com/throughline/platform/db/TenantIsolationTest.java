package com.throughline.platform.db;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.throughline.db.Public;
import com.throughline.hypothesis.domain.EvidenceKind;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.segment.domain.CriterionStrength;
import com.throughline.segment.domain.Operator;
import com.throughline.segment.domain.Tier;
import com.throughline.sharing.domain.Persona;
import com.throughline.strategy.domain.Advantage;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.PhaseKind;
import com.throughline.strategy.domain.PhaseStatus;
import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.AUDIT_EVENT;
import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_CONTACT;
import static com.throughline.db.Tables.CLIENT_REQUEST;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.ROADMAP_SHARE_ITEM;
import static com.throughline.db.Tables.SHARE_LINK;
import static com.throughline.db.Tables.SHARE_REACTION;
import static com.throughline.db.Tables.SHARE_VIEW;
import static com.throughline.db.Tables.EVIDENCE;
import static com.throughline.db.Tables.GLEE_PHASE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.HYPOTHESIS_SEGMENT;
import static com.throughline.db.Tables.HYPOTHESIS_STATUS_COUNT;
import static com.throughline.db.Tables.SEGMENT;
import static com.throughline.db.Tables.SEGMENT_CRITERION;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.ROADMAP_ITEM_HYPOTHESIS;
import static com.throughline.db.Tables.ROADMAP_ITEM_SEGMENT;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static com.throughline.db.Tables.STRATEGY_VERSION;
import static com.throughline.db.Tables.INVITATION;
import static com.throughline.db.Tables.MEMBERSHIP;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.meta.postgres.pg_catalog.Tables.PG_CLASS;
import static org.jooq.meta.postgres.pg_catalog.Tables.PG_NAMESPACE;

/**
 * With tenant A bound, tenant B's rows cannot be read, changed, deleted or created,
 * whatever the query says; with no tenant bound nothing is visible. Every tenant-owned
 * table is listed in {@link #tenantOwnedTables()}: adding a table is one line there.
 */
@SpringBootTest
class TenantIsolationTest {

	/**
	 * What a company already has when rows are made for it: a person, a product, a
	 * hypothesis.
	 */
	record Owner(UUID tenant, UUID person, UUID product, UUID theory, UUID hypothesis, UUID segment, UUID item,
			UUID client, UUID share, UUID link) {
	}

	/** A tenant-owned table and how to make a valid row of it for a company. */
	record TenantTable(Table<?> table, Field<UUID> tenantId, Function<Owner, TableRecord<?>> row) {

		@Override
		public String toString() {
			return table.getName();
		}

	}

	static Stream<TenantTable> tenantOwnedTables() {
		return Stream.of(
				new TenantTable(MEMBERSHIP, MEMBERSHIP.TENANT_ID,
						o -> rowOf(MEMBERSHIP.newRecord(), o).with(MEMBERSHIP.USER_ID, o.person())
							.with(MEMBERSHIP.ROLE, Role.VIEWER)),
				new TenantTable(INVITATION, INVITATION.TENANT_ID,
						o -> rowOf(INVITATION.newRecord(), o).with(INVITATION.EMAIL, "x@y.test")
							.with(INVITATION.ROLE, Role.EDITOR)
							.with(INVITATION.TOKEN_HASH, UUID.randomUUID().toString().replace("-", ""))
							.with(INVITATION.INVITED_BY, o.person())
							.with(INVITATION.EXPIRES_AT, OffsetDateTime.now().plusDays(7))),
				new TenantTable(AUDIT_EVENT, AUDIT_EVENT.TENANT_ID,
						o -> rowOf(AUDIT_EVENT.newRecord(), o).with(AUDIT_EVENT.ACTOR_ID, o.person())
							.with(AUDIT_EVENT.ACTION, "test.action")
							.with(AUDIT_EVENT.TARGET, "target")),
				new TenantTable(PRODUCT, PRODUCT.TENANT_ID,
						o -> rowOf(PRODUCT.newRecord(), o).with(PRODUCT.NAME, "P " + UUID.randomUUID())
							.with(PRODUCT.MARKET, Market.SMB)),
				new TenantTable(STRATEGY_VERSION, STRATEGY_VERSION.TENANT_ID,
						o -> rowOf(STRATEGY_VERSION.newRecord(), o).with(STRATEGY_VERSION.PRODUCT_ID, o.product())
							.with(STRATEGY_VERSION.NUMBER, (int) (System.nanoTime() % 1_000_000))
							.with(STRATEGY_VERSION.VISION, "v")
							.with(STRATEGY_VERSION.DELIGHT, "d")
							.with(STRATEGY_VERSION.HARD_TO_COPY, "h")
							.with(STRATEGY_VERSION.MARGIN, "m")),
				new TenantTable(GLEE_PHASE, GLEE_PHASE.TENANT_ID,
						o -> rowOf(GLEE_PHASE.newRecord(), o).with(GLEE_PHASE.PRODUCT_ID, o.product())
							.with(GLEE_PHASE.POSITION, 0)
							.with(GLEE_PHASE.KIND, PhaseKind.LEAD)
							.with(GLEE_PHASE.STATEMENT, "Lead")
							.with(GLEE_PHASE.STATUS, PhaseStatus.FUTURE)),
				new TenantTable(STRATEGY_THEORY, STRATEGY_THEORY.TENANT_ID,
						o -> rowOf(STRATEGY_THEORY.newRecord(), o).with(STRATEGY_THEORY.PRODUCT_ID, o.product())
							.with(STRATEGY_THEORY.TITLE, "Theory")
							.with(STRATEGY_THEORY.ADVANTAGE, Advantage.BRAND)
							.with(STRATEGY_THEORY.METRIC_NAME, "metric")),
				new TenantTable(HYPOTHESIS, HYPOTHESIS.TENANT_ID,
						o -> rowOf(HYPOTHESIS.newRecord(), o).with(HYPOTHESIS.PRODUCT_ID, o.product())
							.with(HYPOTHESIS.THEORY_ID, o.theory())
							.with(HYPOTHESIS.STATEMENT, "We believe")),
				new TenantTable(SEGMENT, SEGMENT.TENANT_ID,
						o -> rowOf(SEGMENT.newRecord(), o).with(SEGMENT.NAME, "S " + UUID.randomUUID())
							.with(SEGMENT.TIER, Tier.SMB)),
				new TenantTable(SEGMENT_CRITERION, SEGMENT_CRITERION.TENANT_ID,
						o -> rowOf(SEGMENT_CRITERION.newRecord(), o).with(SEGMENT_CRITERION.SEGMENT_ID, o.segment())
							.with(SEGMENT_CRITERION.POSITION, 0)
							.with(SEGMENT_CRITERION.ATTRIBUTE, "employees")
							.with(SEGMENT_CRITERION.OPERATOR, Operator.GTE)
							.with(SEGMENT_CRITERION.VALUE, "500")
							.with(SEGMENT_CRITERION.STRENGTH, CriterionStrength.REQUIRED)),
				new TenantTable(HYPOTHESIS_SEGMENT, HYPOTHESIS_SEGMENT.TENANT_ID,
						o -> rowOf(HYPOTHESIS_SEGMENT.newRecord(), o)
							.with(HYPOTHESIS_SEGMENT.HYPOTHESIS_ID, o.hypothesis())
							.with(HYPOTHESIS_SEGMENT.SEGMENT_ID, o.segment())),
				// Kept by triggers on hypothesis; this row is for a status the fixture's
				// hypothesis is not in.
				new TenantTable(HYPOTHESIS_STATUS_COUNT, HYPOTHESIS_STATUS_COUNT.TENANT_ID,
						o -> HYPOTHESIS_STATUS_COUNT.newRecord()
							.with(HYPOTHESIS_STATUS_COUNT.TENANT_ID, o.tenant())
							.with(HYPOTHESIS_STATUS_COUNT.STATUS, HypothesisStatus.ABANDONED)
							.with(HYPOTHESIS_STATUS_COUNT.HYPOTHESES, 1)),
				new TenantTable(ROADMAP_ITEM, ROADMAP_ITEM.TENANT_ID,
						o -> rowOf(ROADMAP_ITEM.newRecord(), o).with(ROADMAP_ITEM.PRODUCT_ID, o.product())
							.with(ROADMAP_ITEM.TITLE, "Item")),
				new TenantTable(ROADMAP_ITEM_HYPOTHESIS, ROADMAP_ITEM_HYPOTHESIS.TENANT_ID,
						o -> rowOf(ROADMAP_ITEM_HYPOTHESIS.newRecord(), o)
							.with(ROADMAP_ITEM_HYPOTHESIS.ITEM_ID, o.item())
							.with(ROADMAP_ITEM_HYPOTHESIS.HYPOTHESIS_ID, o.hypothesis())),
				new TenantTable(CLIENT_ACCOUNT, CLIENT_ACCOUNT.TENANT_ID,
						o -> rowOf(CLIENT_ACCOUNT.newRecord(), o).with(CLIENT_ACCOUNT.NAME, "C " + UUID.randomUUID())),
				new TenantTable(CLIENT_CONTACT, CLIENT_CONTACT.TENANT_ID,
						o -> rowOf(CLIENT_CONTACT.newRecord(), o).with(CLIENT_CONTACT.CLIENT_ID, o.client())
							.with(CLIENT_CONTACT.NAME, "Contact")
							.with(CLIENT_CONTACT.EMAIL, UUID.randomUUID() + "@client.test")
							.with(CLIENT_CONTACT.PERSONA, Persona.USER)),
				new TenantTable(CLIENT_REQUEST, CLIENT_REQUEST.TENANT_ID,
						o -> rowOf(CLIENT_REQUEST.newRecord(), o).with(CLIENT_REQUEST.CLIENT_ID, o.client())
							.with(CLIENT_REQUEST.TITLE, "Export to SAP")
							.with(CLIENT_REQUEST.PRODUCT_ID, o.product())
							.with(CLIENT_REQUEST.DELIVERED_BY, o.item())
							.with(CLIENT_REQUEST.CREATED_BY, o.person())),
				new TenantTable(ROADMAP_SHARE, ROADMAP_SHARE.TENANT_ID,
						o -> rowOf(ROADMAP_SHARE.newRecord(), o).with(ROADMAP_SHARE.CLIENT_ID, o.client())
							.with(ROADMAP_SHARE.PRODUCT_ID, o.product())
							.with(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().plusDays(30))),
				new TenantTable(ROADMAP_SHARE_ITEM, ROADMAP_SHARE_ITEM.TENANT_ID,
						o -> rowOf(ROADMAP_SHARE_ITEM.newRecord(), o).with(ROADMAP_SHARE_ITEM.SHARE_ID, o.share())
							.with(ROADMAP_SHARE_ITEM.ITEM_ID, o.item())),
				new TenantTable(SHARE_LINK, SHARE_LINK.TENANT_ID,
						o -> rowOf(SHARE_LINK.newRecord(), o).with(SHARE_LINK.SHARE_ID, o.share())
							.with(SHARE_LINK.PERSONA, Persona.BUYER)
							.with(SHARE_LINK.TOKEN_HASH, UUID.randomUUID().toString().replace("-", ""))),
				new TenantTable(SHARE_VIEW, SHARE_VIEW.TENANT_ID,
						o -> rowOf(SHARE_VIEW.newRecord(), o).with(SHARE_VIEW.SHARE_ID, o.share())
							.with(SHARE_VIEW.LINK_ID, o.link())),
				new TenantTable(SHARE_REACTION, SHARE_REACTION.TENANT_ID,
						o -> rowOf(SHARE_REACTION.newRecord(), o).with(SHARE_REACTION.SHARE_ID, o.share())
							.with(SHARE_REACTION.LINK_ID, o.link())
							.with(SHARE_REACTION.ITEM_ID, o.item())),
				new TenantTable(ROADMAP_ITEM_SEGMENT, ROADMAP_ITEM_SEGMENT.TENANT_ID,
						o -> rowOf(ROADMAP_ITEM_SEGMENT.newRecord(), o).with(ROADMAP_ITEM_SEGMENT.ITEM_ID, o.item())
							.with(ROADMAP_ITEM_SEGMENT.SEGMENT_ID, o.segment())),
				new TenantTable(EVIDENCE, EVIDENCE.TENANT_ID,
						o -> rowOf(EVIDENCE.newRecord(), o).with(EVIDENCE.HYPOTHESIS_ID, o.hypothesis())
							.with(EVIDENCE.KIND, EvidenceKind.LINK)
							.with(EVIDENCE.OBSERVED_ON, LocalDate.now())
							.with(EVIDENCE.SUMMARY, "seen")));
	}

	private static <R extends TableRecord<R>> R rowOf(R record, Owner owner) {
		record.set(record.getTable().field("tenant_id", UUID.class), owner.tenant());
		record.set(record.getTable().field("id", UUID.class), UUID.randomUUID());
		return record;
	}

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate transaction;

	UUID tenantA;

	UUID tenantB;

	UUID personA;

	UUID personB;

	Owner ownerA;

	Owner ownerB;

	@BeforeEach
	void twoCompaniesWithRowsInEveryTable() {
		tenantA = fixtures.tenant("Company A");
		tenantB = fixtures.tenant("Company B");
		personA = fixtures.account("Person A");
		personB = fixtures.account("Person B");
		fixtures.member(tenantA, personA, Role.ADMIN);
		fixtures.member(tenantB, personB, Role.ADMIN);
		ownerA = owner(tenantA, personA);
		ownerB = owner(tenantB, personB);
		tenantOwnedTables().filter(t -> t.table() != MEMBERSHIP).forEach(t -> {
			fixtures.owner().executeInsert(t.row().apply(ownerA));
			fixtures.owner().executeInsert(t.row().apply(ownerB));
		});
		signIn.as(fixtures.emailOf(personA));
	}

	/** Gives a company the product, theory and hypothesis other rows refer to. */
	private Owner owner(UUID tenant, UUID person) {
		var empty = new Owner(tenant, person, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		var db = fixtures.owner();
		db.executeInsert(rowOf(PRODUCT.newRecord(), empty).with(PRODUCT.ID, empty.product())
			.with(PRODUCT.NAME, "Product " + tenant)
			.with(PRODUCT.MARKET, Market.MIXED));
		db.executeInsert(rowOf(STRATEGY_THEORY.newRecord(), empty).with(STRATEGY_THEORY.ID, empty.theory())
			.with(STRATEGY_THEORY.PRODUCT_ID, empty.product())
			.with(STRATEGY_THEORY.TITLE, "T")
			.with(STRATEGY_THEORY.ADVANTAGE, Advantage.OTHER)
			.with(STRATEGY_THEORY.METRIC_NAME, "m"));
		db.executeInsert(rowOf(ROADMAP_ITEM.newRecord(), empty).with(ROADMAP_ITEM.ID, empty.item())
			.with(ROADMAP_ITEM.PRODUCT_ID, empty.product())
			.with(ROADMAP_ITEM.TITLE, "Item of " + tenant));
		db.executeInsert(rowOf(CLIENT_ACCOUNT.newRecord(), empty).with(CLIENT_ACCOUNT.ID, empty.client())
			.with(CLIENT_ACCOUNT.NAME, "Client of " + tenant));
		db.executeInsert(rowOf(ROADMAP_SHARE.newRecord(), empty).with(ROADMAP_SHARE.ID, empty.share())
			.with(ROADMAP_SHARE.CLIENT_ID, empty.client())
			.with(ROADMAP_SHARE.PRODUCT_ID, empty.product())
			.with(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().plusDays(30)));
		db.executeInsert(rowOf(SHARE_LINK.newRecord(), empty).with(SHARE_LINK.ID, empty.link())
			.with(SHARE_LINK.SHARE_ID, empty.share())
			.with(SHARE_LINK.PERSONA, Persona.USER)
			.with(SHARE_LINK.TOKEN_HASH, UUID.randomUUID().toString().replace("-", "")));
		db.executeInsert(rowOf(SEGMENT.newRecord(), empty).with(SEGMENT.ID, empty.segment())
			.with(SEGMENT.NAME, "Segment " + tenant)
			.with(SEGMENT.TIER, Tier.ENTERPRISE));
		db.executeInsert(rowOf(HYPOTHESIS.newRecord(), empty).with(HYPOTHESIS.ID, empty.hypothesis())
			.with(HYPOTHESIS.PRODUCT_ID, empty.product())
			.with(HYPOTHESIS.STATEMENT, "H"));
		return empty;
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@ParameterizedTest
	@MethodSource("tenantOwnedTables")
	void other_tenants_rows_are_invisible(TenantTable t) {
		assertThat(inTransaction(() -> db.fetchCount(t.table(), t.tenantId().eq(tenantB)))).isZero();
		assertThat(inTransaction(() -> db.fetchCount(t.table(), t.tenantId().eq(tenantA)))).isPositive();
		assertThat(inTransaction(() -> db.selectDistinct(t.tenantId()).from(t.table()).fetch(t.tenantId())))
			.containsExactly(tenantA);
	}

	@ParameterizedTest
	@MethodSource("tenantOwnedTables")
	void other_tenants_rows_cannot_be_updated_or_deleted(TenantTable t) {
		int before = ownerCount(t, tenantB);
		assertThat(rowsTouched(
				() -> db.update(t.table()).set(t.tenantId(), t.tenantId()).where(t.tenantId().eq(tenantB)).execute()))
			.isZero();
		assertThat(rowsTouched(() -> db.deleteFrom(t.table()).where(t.tenantId().eq(tenantB)).execute())).isZero();
		assertThat(ownerCount(t, tenantB)).isEqualTo(before).isPositive();
	}

	@ParameterizedTest
	@MethodSource("tenantOwnedTables")
	void rows_cannot_be_created_for_another_tenant(TenantTable t) {
		int before = ownerCount(t, tenantB);
		assertThatThrownBy(() -> inTransaction(() -> db.executeInsert(t.row().apply(ownerB)))).rootCause()
			.hasMessageMatching("(?s).*(row-level security|permission denied).*");
		assertThat(ownerCount(t, tenantB)).isEqualTo(before);
	}

	@ParameterizedTest
	@MethodSource("tenantOwnedTables")
	void nothing_is_visible_with_no_tenant_bound(TenantTable t) {
		SignIn.signOut();
		assertThat(inTransaction(() -> db.fetchCount(t.table()))).isZero();
	}

	@ParameterizedTest
	@MethodSource("tenantOwnedTables")
	void a_signed_in_client_contact_sees_no_row_of_the_company_sharing_with_them(TenantTable t) {
		UUID account = fixtures.account("Client buyer of A");
		fixtures.owner()
			.executeInsert(rowOf(CLIENT_CONTACT.newRecord(), ownerA).with(CLIENT_CONTACT.CLIENT_ID, ownerA.client())
				.with(CLIENT_CONTACT.NAME, "Buyer")
				.with(CLIENT_CONTACT.EMAIL, fixtures.emailOf(account))
				.with(CLIENT_CONTACT.PERSONA, Persona.BUYER)
				.with(CLIENT_CONTACT.USER_ID, account));
		var contact = signIn.as(fixtures.emailOf(account));
		assertThat(contact.activeWorkspace().orElseThrow().role()).isEqualTo(Role.CLIENT_BUYER);

		assertThat(inTransaction(() -> db.fetchCount(t.table()))).isZero();
		assertThat(inTransaction(() -> db.fetchCount(TENANT))).isZero();
	}

	@Test
	void a_company_sees_only_its_own_tenant_row_and_its_own_people() {
		assertThat(inTransaction(() -> db.selectFrom(TENANT).fetch(TENANT.ID))).containsExactly(tenantA);
		assertThat(inTransaction(() -> db.selectFrom(APP_USER).fetch(APP_USER.ID))).containsExactly(personA);
	}

	@Test
	void every_table_with_a_tenant_id_is_isolation_tested_and_forces_row_level_security() {
		Set<String> tested = tenantOwnedTables().map(t -> t.table().getName()).collect(Collectors.toSet());
		List<String> withTenantId = Public.PUBLIC.getTables()
			.stream()
			.filter(table -> table.field("tenant_id") != null && table.getRecordType() != null)
			.filter(table -> table.getPrimaryKey() != null)
			.map(Table::getName)
			.toList();
		assertThat(tested).containsExactlyInAnyOrderElementsOf(withTenantId);

		var owner = fixtures.owner();
		var notForced = owner.select(PG_CLASS.RELNAME)
			.from(PG_CLASS)
			.join(PG_NAMESPACE)
			.on(PG_NAMESPACE.OID.eq(PG_CLASS.RELNAMESPACE))
			.where(PG_NAMESPACE.NSPNAME.eq("public"))
			.and(PG_CLASS.RELNAME.in(Stream.concat(withTenantId.stream(), Stream.of("tenant", "app_user")).toList()))
			.and(PG_CLASS.RELROWSECURITY.isFalse().or(PG_CLASS.RELFORCEROWSECURITY.isFalse()))
			.fetch(PG_CLASS.RELNAME);
		assertThat(notForced).isEmpty();
	}

	private int ownerCount(TenantTable t, UUID tenant) {
		return fixtures.owner().fetchCount(t.table(), t.tenantId().eq(tenant));
	}

	/**
	 * Rows changed; a table the app role may not change at all (the audit log) touches
	 * none.
	 */
	private int rowsTouched(java.util.function.Supplier<Integer> change) {
		try {
			return inTransaction(change);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			assertThat(ex.getMostSpecificCause()).hasMessageContaining("permission denied");
			return 0;
		}
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return transaction.execute(status -> work.get());
	}

}
