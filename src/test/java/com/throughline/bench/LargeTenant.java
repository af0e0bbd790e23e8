package com.throughline.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.throughline.hypothesis.domain.EvidenceKind;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.sharing.domain.RequestStatus;
import com.throughline.sharing.domain.Persona;
import org.jooq.DSLContext;
import org.jooq.Query;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static com.throughline.db.Tables.APP_USER;
import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.CLIENT_CONTACT;
import static com.throughline.db.Tables.CLIENT_REQUEST;
import static com.throughline.db.Tables.EVIDENCE;
import static com.throughline.db.Tables.HYPOTHESIS;
import static com.throughline.db.Tables.MEMBERSHIP;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.ROADMAP_ITEM;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static com.throughline.db.Tables.ROADMAP_SHARE_ITEM;
import static com.throughline.db.Tables.SHARE_LINK;
import static com.throughline.db.Tables.TENANT;

/**
 * The large tenant beyond its hypotheses: members who can sign in, evidence, roadmap
 * items, key clients and shares whose link tokens are known (derived from the seed, so
 * every run has the same links), the clients' contacts (some with accounts that sign in)
 * and client requests weighed between two items.
 */
final class LargeTenant {

	static final String PASSWORD = "bench-password-1";

	private static final int SHARED_ITEMS = 25;

	private final DSLContext owner;

	private final UUID tenant;

	private final BenchSizes sizes;

	private final Random random = new Random(7);

	private final List<Query> batch = new ArrayList<>();

	/** One password hash, made by the application's own encoder, for everyone. */
	private final String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

	LargeTenant(DSLContext owner, UUID tenant, BenchSizes sizes) {
		this.owner = owner;
		this.tenant = tenant;
		this.sizes = sizes;
	}

	BenchManifest seed(BenchDatabase database) {
		owner.update(TENANT).set(TENANT.NAME, "Large Company").where(TENANT.ID.eq(tenant)).execute();
		List<UUID> people = members();
		List<UUID> products = owner.select(PRODUCT.ID)
			.from(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenant))
			.orderBy(PRODUCT.NAME)
			.fetch(PRODUCT.ID);
		List<UUID> hypotheses = owner.select(HYPOTHESIS.ID)
			.from(HYPOTHESIS)
			.where(HYPOTHESIS.TENANT_ID.eq(tenant))
			.orderBy(HYPOTHESIS.ID)
			.fetch(HYPOTHESIS.ID);
		evidence(hypotheses, people);
		var items = roadmapItems(products);
		List<UUID> clients = clients();
		List<Shared> shared = new ArrayList<>();
		List<String> tokens = shares(clients, products, items, people.getFirst(), shared);
		// After the shares, so the data before them (and the link tokens) stay as they
		// were.
		List<BenchManifest.ContactLogin> contacts = contacts(clients, shared);
		requests(clients, products, items, shared, people.getFirst());
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < sizes.members(); i++) {
			emails.add(email(i));
		}
		List<String> sample = hypotheses.stream().limit(500).map(UUID::toString).toList();
		String dataDir = database instanceof BenchDatabase.Embedded embedded ? embedded.dataDir().toString() : "";
		String externalUrl = database instanceof BenchDatabase.External external ? external.jdbcUrl() : "";
		return new BenchManifest(dataDir, externalUrl, sizes, PASSWORD, emails, sample, tokens, contacts);
	}

	/** A seeded share: its id, the index of its client and of its product. */
	private record Shared(UUID id, int client, int product) {
	}

	private static String email(int i) {
		return "member" + i + "@large.bench";
	}

	private List<UUID> members() {
		String hash = passwordHash;
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < sizes.members(); i++) {
			UUID id = uuid();
			ids.add(id);
			add(owner.insertInto(APP_USER)
				.set(APP_USER.ID, id)
				.set(APP_USER.EMAIL, email(i))
				.set(APP_USER.DISPLAY_NAME, "Member " + i)
				.set(APP_USER.PASSWORD_HASH, hash));
		}
		flush();
		for (int i = 0; i < ids.size(); i++) {
			add(owner.insertInto(MEMBERSHIP)
				.set(MEMBERSHIP.TENANT_ID, tenant)
				.set(MEMBERSHIP.ID, uuid())
				.set(MEMBERSHIP.USER_ID, ids.get(i))
				.set(MEMBERSHIP.ROLE, i == 0 ? Role.ADMIN : Role.EDITOR));
		}
		flush();
		return ids;
	}

	private void evidence(List<UUID> hypotheses, List<UUID> people) {
		var kinds = EvidenceKind.values();
		for (UUID hypothesis : hypotheses) {
			add(owner.insertInto(EVIDENCE)
				.set(EVIDENCE.TENANT_ID, tenant)
				.set(EVIDENCE.ID, uuid())
				.set(EVIDENCE.HYPOTHESIS_ID, hypothesis)
				.set(EVIDENCE.KIND, kinds[random.nextInt(kinds.length)])
				.set(EVIDENCE.OBSERVED_ON, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330)))
				.set(EVIDENCE.SUMMARY, "Observed in the pilot: " + random.nextInt(100) + " % of users did it")
				.set(EVIDENCE.AUTHOR_ID, people.get(random.nextInt(people.size()))));
		}
		flush();
	}

	/**
	 * Spread over the products: some in past quarters, most in the window, the rest
	 * Later; seven in ten have both client texts, so they can be shared.
	 */
	private List<List<UUID>> roadmapItems(List<UUID> products) {
		var window = Quarter.window(LocalDate.now());
		List<List<UUID>> shareable = new ArrayList<>();
		products.forEach(p -> shareable.add(new ArrayList<>()));
		var statuses = ItemStatus.values();
		var confidences = Confidence.values();
		for (int i = 0; i < sizes.roadmapItems(); i++) {
			int p = i % products.size();
			int slot = random.nextInt(10);
			LocalDate quarter = slot == 0 ? window.getFirst().firstDay().minusMonths(3)
					: slot < 9 ? window.get(slot % window.size()).firstDay() : null;
			boolean texts = random.nextInt(10) < 7;
			UUID id = uuid();
			if (texts) {
				shareable.get(p).add(id);
			}
			add(owner.insertInto(ROADMAP_ITEM)
				.set(ROADMAP_ITEM.TENANT_ID, tenant)
				.set(ROADMAP_ITEM.ID, id)
				.set(ROADMAP_ITEM.PRODUCT_ID, products.get(p))
				.set(ROADMAP_ITEM.TITLE, "Roadmap item " + i)
				.set(ROADMAP_ITEM.THEME, "Theme " + (i % 12))
				.set(ROADMAP_ITEM.QUARTER_START, quarter)
				.set(ROADMAP_ITEM.POSITION, i / products.size())
				.set(ROADMAP_ITEM.STATUS, statuses[random.nextInt(statuses.length)])
				.set(ROADMAP_ITEM.CONFIDENCE, confidences[random.nextInt(confidences.length)])
				.set(ROADMAP_ITEM.INTERNAL_NOTES, "Internal note " + i)
				.set(ROADMAP_ITEM.BUYER_BENEFIT, texts ? "Buyer benefit of item " + i : null)
				.set(ROADMAP_ITEM.USER_BENEFIT, texts ? "User benefit of item " + i : null));
		}
		flush();
		return shareable;
	}

	private List<UUID> clients() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < sizes.clients(); i++) {
			UUID id = uuid();
			ids.add(id);
			add(owner.insertInto(CLIENT_ACCOUNT)
				.set(CLIENT_ACCOUNT.TENANT_ID, tenant)
				.set(CLIENT_ACCOUNT.ID, id)
				.set(CLIENT_ACCOUNT.NAME, "Client " + i)
				.set(CLIENT_ACCOUNT.ANNUAL_CONTRACT_VALUE, BigDecimal.valueOf(10_000 + random.nextInt(490_000))));
		}
		flush();
		return ids;
	}

	/**
	 * Each share hand-picks {@value #SHARED_ITEMS} shareable items of its product, as a
	 * team does for one client. Returns the buyer and user tokens, in that order per
	 * share.
	 */
	private List<String> shares(List<UUID> clients, List<UUID> products, List<List<UUID>> shareable, UUID author,
			List<Shared> shared) {
		List<String> tokens = new ArrayList<>();
		for (int s = 0; s < sizes.shares() && !clients.isEmpty(); s++) {
			UUID share = uuid();
			int p = s % products.size();
			shared.add(new Shared(share, s % clients.size(), p));
			add(owner.insertInto(ROADMAP_SHARE)
				.set(ROADMAP_SHARE.TENANT_ID, tenant)
				.set(ROADMAP_SHARE.ID, share)
				.set(ROADMAP_SHARE.CLIENT_ID, clients.get(s % clients.size()))
				.set(ROADMAP_SHARE.PRODUCT_ID, products.get(p))
				.set(ROADMAP_SHARE.ALL_ITEMS, false)
				.set(ROADMAP_SHARE.MESSAGE, "What is coming for you, share " + s)
				.set(ROADMAP_SHARE.EXPIRES_ON, LocalDate.now().plusYears(1))
				.set(ROADMAP_SHARE.CREATED_BY, author));
			var candidates = shareable.get(p);
			int offset = candidates.isEmpty() ? 0 : random.nextInt(candidates.size());
			for (int i = 0; i < Math.min(SHARED_ITEMS, candidates.size()); i++) {
				add(owner.insertInto(ROADMAP_SHARE_ITEM)
					.set(ROADMAP_SHARE_ITEM.TENANT_ID, tenant)
					.set(ROADMAP_SHARE_ITEM.ID, uuid())
					.set(ROADMAP_SHARE_ITEM.SHARE_ID, share)
					.set(ROADMAP_SHARE_ITEM.ITEM_ID, candidates.get((offset + i) % candidates.size())));
			}
			for (Persona persona : Persona.values()) {
				String token = token();
				tokens.add(token);
				add(owner.insertInto(SHARE_LINK)
					.set(SHARE_LINK.TENANT_ID, tenant)
					.set(SHARE_LINK.ID, uuid())
					.set(SHARE_LINK.SHARE_ID, share)
					.set(SHARE_LINK.PERSONA, persona)
					.set(SHARE_LINK.TOKEN_HASH, SecretTokens.hash(token)));
			}
			if (batch.size() > 1000) {
				flush();
			}
		}
		flush();
		return tokens;
	}

	/**
	 * Contact {@code i} belongs to client {@code i % clients}; personas alternate within
	 * a client (half buyers, half users) and across the first contacts, so the ones with
	 * accounts (the first {@code contactAccounts}) are half buyers too, each of another
	 * client as long as there are clients. An account is what accepting an invitation
	 * makes: an {@code app_user} with the bench password and the contact's
	 * {@code user_id}, which only the owner may set. Returns who can sign in, with their
	 * client's share ids.
	 */
	private List<BenchManifest.ContactLogin> contacts(List<UUID> clients, List<Shared> shared) {
		List<BenchManifest.ContactLogin> logins = new ArrayList<>();
		if (clients.isEmpty()) {
			return logins;
		}
		List<List<String>> sharesOfClient = new ArrayList<>();
		clients.forEach(c -> sharesOfClient.add(new ArrayList<>()));
		shared.forEach(s -> sharesOfClient.get(s.client()).add(s.id().toString()));
		for (int i = 0; i < sizes.contacts(); i++) {
			int client = i % clients.size();
			Persona persona = (client + i / clients.size()) % 2 == 0 ? Persona.BUYER : Persona.USER;
			String email = "contact" + i + "@client" + client + ".bench";
			UUID account = null;
			if (i < sizes.contactAccounts()) {
				account = uuid();
				add(owner.insertInto(APP_USER)
					.set(APP_USER.ID, account)
					.set(APP_USER.EMAIL, email)
					.set(APP_USER.DISPLAY_NAME, "Contact " + i)
					.set(APP_USER.PASSWORD_HASH, passwordHash));
				logins.add(new BenchManifest.ContactLogin(email, persona.name(), sharesOfClient.get(client)));
			}
			add(owner.insertInto(CLIENT_CONTACT)
				.set(CLIENT_CONTACT.TENANT_ID, tenant)
				.set(CLIENT_CONTACT.ID, uuid())
				.set(CLIENT_CONTACT.CLIENT_ID, clients.get(client))
				.set(CLIENT_CONTACT.NAME, "Contact " + i)
				.set(CLIENT_CONTACT.EMAIL, email)
				.set(CLIENT_CONTACT.PERSONA, persona)
				.set(CLIENT_CONTACT.USER_ID, account));
		}
		flush();
		return logins;
	}

	/**
	 * Requests spread over the shares: each for the share's client, weighed between two
	 * shareable items of the share's product (the one delivering it and the one it would
	 * delay); most open, some decided.
	 */
	private void requests(List<UUID> clients, List<UUID> products, List<List<UUID>> shareable, List<Shared> shared,
			UUID author) {
		var statuses = RequestStatus.values();
		for (int r = 0; r < sizes.requests() && !shared.isEmpty(); r++) {
			var share = shared.get((int) ((long) r * shared.size() / Math.max(1, sizes.requests())));
			var candidates = shareable.get(share.product());
			UUID deliveredBy = null;
			UUID displaces = null;
			if (candidates.size() >= 2) {
				int a = random.nextInt(candidates.size());
				deliveredBy = candidates.get(a);
				displaces = candidates.get((a + 1 + random.nextInt(candidates.size() - 1)) % candidates.size());
			}
			RequestStatus status = r % 5 < 3 ? RequestStatus.OPEN : statuses[1 + r % 2];
			add(owner.insertInto(CLIENT_REQUEST)
				.set(CLIENT_REQUEST.TENANT_ID, tenant)
				.set(CLIENT_REQUEST.ID, uuid())
				.set(CLIENT_REQUEST.CLIENT_ID, clients.get(share.client()))
				.set(CLIENT_REQUEST.TITLE, "Request " + r + " of Client " + share.client())
				.set(CLIENT_REQUEST.DETAIL, "What Client " + share.client() + " needs before its next rollout")
				.set(CLIENT_REQUEST.PRODUCT_ID, products.get(share.product()))
				.set(CLIENT_REQUEST.DELIVERED_BY, deliveredBy)
				.set(CLIENT_REQUEST.DISPLACES, displaces)
				.set(CLIENT_REQUEST.STATUS, status)
				.set(CLIENT_REQUEST.DECISION_NOTE, status == RequestStatus.OPEN ? null : "Decided in review " + r)
				.set(CLIENT_REQUEST.CREATED_BY, author));
		}
		flush();
	}

	/** Shaped like {@link SecretTokens#newToken()}, but from the seed. */
	private String token() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private UUID uuid() {
		return new UUID(random.nextLong(), random.nextLong());
	}

	private void add(Query query) {
		batch.add(query);
		if (batch.size() == 1000) {
			flush();
		}
	}

	private void flush() {
		if (!batch.isEmpty()) {
			owner.batch(batch).execute();
			batch.clear();
		}
	}

}
