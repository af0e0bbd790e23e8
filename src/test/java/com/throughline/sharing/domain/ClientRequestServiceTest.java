package com.throughline.sharing.domain;

import java.util.List;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.RoadmapItemDraft;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.CLIENT_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Client requests recorded as trade-offs and decided on. */
@SpringBootTest
class ClientRequestServiceTest {

	@Autowired
	ClientRequestService requests;

	@Autowired
	KeyClientService clients;

	@Autowired
	StrategyService strategy;

	@Autowired
	RoadmapService roadmap;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	UUID client;

	UUID product;

	UUID sapExport;

	UUID benchmarks;

	UUID otherProductItem;

	@BeforeEach
	void aClientAndTwoItemsOfAProduct() {
		tenant = fixtures.tenant("Request Co");
		signIn.as(fixtures.personIn(tenant, Role.EDITOR));
		client = clients.createClient(new ClientDraft("Northwind", null, new java.math.BigDecimal("180000"), null))
			.id();
		product = strategy.createProduct(new ProductDraft("Atlas", Market.ENTERPRISE, null)).id();
		UUID other = strategy.createProduct(new ProductDraft("Other", Market.SMB, null)).id();
		sapExport = item(product, "SAP export");
		benchmarks = item(product, "Peer benchmarks");
		otherProductItem = item(other, "Elsewhere");
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void a_request_records_what_delivers_it_and_what_it_delays() {
		var recorded = requests.record(new ClientRequestDraft(client, "  Export invoices to SAP ", "Said at the QBR",
				product, sapExport, benchmarks, RequestStatus.OPEN, null));

		assertThat(recorded.title()).isEqualTo("Export invoices to SAP");
		assertThat(recorded.clientName()).isEqualTo("Northwind");
		assertThat(recorded.annualContractValue()).isEqualByComparingTo("180000");
		assertThat(recorded.deliveredByTitle()).isEqualTo("SAP export");
		assertThat(recorded.displacesTitle()).isEqualTo("Peer benchmarks");
		assertThat(recorded.weighed()).isTrue();
	}

	@Test
	void deciding_a_request_is_an_edit_and_a_stale_one_is_refused() {
		var open = requests
			.record(new ClientRequestDraft(client, "SSO", null, null, null, null, RequestStatus.OPEN, null));
		var accepted = requests.update(open.id(), new ClientRequestDraft(client, "SSO", null, product, sapExport,
				benchmarks, RequestStatus.ACCEPTED, "Worth 180k a year"), open.version());

		assertThat(requests.requests(RequestStatus.ACCEPTED)).extracting(ClientRequest::id).containsExactly(open.id());
		assertThat(requests.requests(RequestStatus.OPEN)).isEmpty();
		assertThat(accepted.decisionNote()).isEqualTo("Worth 180k a year");
		assertThatThrownBy(() -> requests.update(open.id(),
				new ClientRequestDraft(client, "Stale", null, null, null, null, RequestStatus.DECLINED, null),
				open.version()))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void bad_requests_are_refused_with_the_field_named_and_nothing_stored() {
		assertRefused(new ClientRequestDraft(null, "T", null, null, null, null, RequestStatus.OPEN, null), "client");
		assertRefused(new ClientRequestDraft(UUID.randomUUID(), "T", null, null, null, null, RequestStatus.OPEN, null),
				"client");
		assertRefused(new ClientRequestDraft(client, " ", null, null, null, null, RequestStatus.OPEN, null), "title");
		assertRefused(new ClientRequestDraft(client, "x".repeat(201), null, null, null, null, RequestStatus.OPEN, null),
				"title");
		assertRefused(new ClientRequestDraft(client, "T", null, null, sapExport, null, RequestStatus.OPEN, null),
				"product");
		assertRefused(
				new ClientRequestDraft(client, "T", null, product, sapExport, sapExport, RequestStatus.OPEN, null),
				"displaces");
		assertRefused(
				new ClientRequestDraft(client, "T", null, product, otherProductItem, null, RequestStatus.OPEN, null),
				"deliveredBy");
		assertRefused(
				new ClientRequestDraft(client, "T", null, UUID.randomUUID(), null, null, RequestStatus.OPEN, null),
				"product");
		assertRefused(new ClientRequestDraft(client, "T", null, null, null, null, null, null), "status");
		assertThat(fixtures.owner().fetchCount(CLIENT_REQUEST, CLIENT_REQUEST.TENANT_ID.eq(tenant))).isZero();
	}

	@Test
	void viewers_read_requests_but_cannot_record_them_and_another_company_sees_none() {
		requests.record(new ClientRequestDraft(client, "SSO", null, null, null, null, RequestStatus.OPEN, null));
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));

		assertThat(requests.requests(null)).hasSize(1);
		assertThatThrownBy(() -> requests
			.record(new ClientRequestDraft(client, "More", null, null, null, null, RequestStatus.OPEN, null)))
			.isInstanceOf(AccessDeniedException.class);
		signIn.as(fixtures.personIn(fixtures.tenant("Rival Co"), Role.ADMIN));
		assertThat(requests.requests(null)).isEmpty();
	}

	private void assertRefused(ClientRequestDraft draft, String field) {
		assertThatThrownBy(() -> requests.record(draft)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.field()).isEqualTo(field));
	}

	private UUID item(UUID productId, String title) {
		return roadmap
			.create(new RoadmapItemDraft(productId, title, null, null, null, List.of(), null, ItemStatus.PLANNED,
					Confidence.MEDIUM, null, null, null))
			.id();
	}

}
