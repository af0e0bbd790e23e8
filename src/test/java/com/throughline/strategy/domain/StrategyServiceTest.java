package com.throughline.strategy.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.AUDIT_EVENT;
import static com.throughline.db.Tables.GLEE_PHASE;
import static com.throughline.db.Tables.PRODUCT;
import static com.throughline.db.Tables.STRATEGY_THEORY;
import static com.throughline.db.Tables.STRATEGY_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class StrategyServiceTest {

	@Autowired
	StrategyService strategies;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	String editor;

	@BeforeEach
	void aCompanyWithAnEditor() {
		tenant = fixtures.tenant("Acme Rockets");
		editor = fixtures.personIn(tenant, Role.EDITOR);
		signIn.as(editor);
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	// Products

	@Test
	void editor_creates_a_product_with_its_text_trimmed_and_the_creation_is_audited() {
		var created = strategies
			.createProduct(new ProductDraft("  Rocket Boots  ", Market.CONSUMER, "  Boots that fly "));

		assertThat(created.name()).isEqualTo("Rocket Boots");
		assertThat(created.market()).isEqualTo(Market.CONSUMER);
		assertThat(created.description()).isEqualTo("Boots that fly");
		assertThat(strategies.products()).extracting(Product::name).containsExactly("Rocket Boots");
		assertThat(audited("product.created")).isEqualTo(1);
	}

	@Test
	void a_product_without_a_name_or_market_is_refused_and_nothing_is_stored() {
		assertThat(refused(() -> strategies.createProduct(new ProductDraft("   ", Market.SMB, null))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("name", "validation.required");
		assertThat(refused(() -> strategies.createProduct(new ProductDraft("Rocket Boots", null, null))).field())
			.isEqualTo("market");
		assertThat(refused(() -> strategies.createProduct(new ProductDraft("x".repeat(201), Market.SMB, null))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("name", "validation.too-long.max");
		assertThat(stored(PRODUCT)).isZero();
	}

	@Test
	void a_product_name_already_used_in_any_case_is_refused_and_nothing_is_stored() {
		strategies.createProduct(new ProductDraft("Rocket Boots", Market.CONSUMER, null));

		assertThat(refused(() -> strategies.createProduct(new ProductDraft(" rocket BOOTS ", Market.SMB, null))))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("name", "product.name-taken");
		assertThat(fixtures.owner()
			.select(PRODUCT.NAME)
			.from(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenant))
			.fetch(PRODUCT.NAME)).containsExactly("Rocket Boots");
	}

	@Test
	void another_company_may_use_the_same_product_name() {
		strategies.createProduct(new ProductDraft("Rocket Boots", Market.CONSUMER, null));
		signIn.as(fixtures.personIn(fixtures.tenant("Other Co"), Role.EDITOR));

		var theirs = strategies.createProduct(new ProductDraft("Rocket Boots", Market.ENTERPRISE, null));

		assertThat(strategies.products()).containsExactly(theirs);
	}

	@Test
	void a_product_may_be_renamed_in_another_case_but_not_to_another_products_name() {
		var boots = strategies.createProduct(new ProductDraft("Rocket Boots", Market.CONSUMER, null));
		strategies.createProduct(new ProductDraft("Jet Packs", Market.CONSUMER, null));

		assertThat(refused(() -> strategies.updateProduct(boots.id(),
				new ProductDraft("JET PACKS", Market.CONSUMER, null), boots.version())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("name", "product.name-taken");
		var renamed = strategies.updateProduct(boots.id(), new ProductDraft("ROCKET boots", Market.SMB, null),
				boots.version());

		assertThat(renamed.name()).isEqualTo("ROCKET boots");
		assertThat(renamed.market()).isEqualTo(Market.SMB);
		assertThat(renamed.version()).isEqualTo(boots.version() + 1);
	}

	@Test
	void a_product_save_that_lost_the_race_is_refused_and_overwrites_nothing() {
		var stale = strategies.createProduct(new ProductDraft("Rocket Boots", Market.CONSUMER, null));
		strategies.updateProduct(stale.id(), new ProductDraft("First save wins", Market.CONSUMER, null),
				stale.version());

		assertThatThrownBy(() -> strategies.updateProduct(stale.id(),
				new ProductDraft("Second save", Market.CONSUMER, null), stale.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(strategies.product(stale.id()).name()).isEqualTo("First save wins");
	}

	// Strategy versions

	@Test
	void the_first_strategy_saved_is_version_one_by_its_author() {
		var product = aProduct();

		var first = strategies.saveStrategy(product, strategy("  Every runner flies  "), 0);

		assertThat(first.number()).isEqualTo(1);
		assertThat(first.vision()).isEqualTo("Every runner flies");
		assertThat(first.author()).isEqualTo("editor of " + tenant);
		assertThat(strategies.currentStrategy(product)).contains(first);
		assertThat(audited("strategy.saved")).isEqualTo(1);
	}

	@Test
	void a_product_without_a_strategy_has_no_current_strategy() {
		assertThat(strategies.currentStrategy(aProduct())).isEmpty();
	}

	@Test
	void a_strategy_save_based_on_a_stale_version_is_refused_and_nothing_is_stored() {
		var product = aProduct();
		strategies.saveStrategy(product, strategy("Version one"), 0);
		strategies.saveStrategy(product, strategy("Version two"), 1);

		for (int basedOn : new int[] { 0, 1, 3 }) {
			assertThatThrownBy(() -> strategies.saveStrategy(product, strategy("Lost the race"), basedOn))
				.isInstanceOf(ConcurrentEditException.class);
		}
		assertThat(stored(STRATEGY_VERSION)).isEqualTo(2);
		assertThat(strategies.currentStrategy(product).orElseThrow().vision()).isEqualTo("Version two");
	}

	@Test
	void history_lists_every_version_newest_first_with_its_author() {
		var product = aProduct();
		strategies.saveStrategy(product, strategy("Version one"), 0);
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		strategies.saveStrategy(product, strategy("Version two"), 1);

		assertThat(strategies.history(product)).extracting(Strategy::number, Strategy::vision, Strategy::author)
			.containsExactly(tuple(2, "Version two", "admin of " + tenant),
					tuple(1, "Version one", "editor of " + tenant));
	}

	@Test
	void a_strategy_needs_a_vision_and_every_part_of_the_dhm() {
		var product = aProduct();

		assertThat(refusedField(() -> strategies.saveStrategy(product, new StrategyDraft(" ", "d", "h", "m"), 0)))
			.isEqualTo("vision");
		assertThat(refusedField(() -> strategies.saveStrategy(product, new StrategyDraft("v", null, "h", "m"), 0)))
			.isEqualTo("delight");
		assertThat(refusedField(() -> strategies.saveStrategy(product, new StrategyDraft("v", "d", "", "m"), 0)))
			.isEqualTo("hardToCopy");
		assertThat(refusedField(() -> strategies.saveStrategy(product, new StrategyDraft("v", "d", "h", "  "), 0)))
			.isEqualTo("margin");
		assertThat(refusedField(
				() -> strategies.saveStrategy(product, new StrategyDraft("v".repeat(1001), "d", "h", "m"), 0)))
			.isEqualTo("vision");
		assertThat(stored(STRATEGY_VERSION)).isZero();
	}

	// GLEe phases

	@Test
	void the_first_phase_must_be_the_current_one() {
		var product = aProduct();

		for (PhaseStatus status : new PhaseStatus[] { PhaseStatus.FUTURE, PhaseStatus.DONE,
				PhaseStatus.TRIED_TOO_EARLY }) {
			assertThat(refused(() -> strategies.savePhase(product, null, phase(PhaseKind.GET_BIG, status), 0)))
				.extracting(InvalidInputException::field, InvalidInputException::messageKey)
				.containsExactly("status", "phase.one-current");
		}
		assertThat(stored(GLEE_PHASE)).isZero();

		var phases = strategies.savePhase(product, null, phase(PhaseKind.GET_BIG, PhaseStatus.CURRENT), 0);

		assertThat(phases).extracting(GleePhase::kind, GleePhase::status, GleePhase::position)
			.containsExactly(tuple(PhaseKind.GET_BIG, PhaseStatus.CURRENT, 0));
	}

	@Test
	void making_a_later_phase_current_marks_the_previous_current_phase_done() {
		var product = aProduct();
		var phases = threePhases(product);

		var after = strategies.savePhase(product, phases.get(1).id(), phase(PhaseKind.LEAD, PhaseStatus.CURRENT),
				phases.get(1).version());

		assertThat(after).extracting(GleePhase::kind, GleePhase::status)
			.containsExactly(tuple(PhaseKind.GET_BIG, PhaseStatus.DONE), tuple(PhaseKind.LEAD, PhaseStatus.CURRENT),
					tuple(PhaseKind.EXPAND, PhaseStatus.FUTURE));
		assertThat(storedCurrentPhases(product)).isEqualTo(1);
	}

	@Test
	void making_an_earlier_phase_current_puts_the_previous_current_phase_back_in_the_future() {
		var product = aProduct();
		var phases = threePhases(product);
		phases = strategies.savePhase(product, phases.get(2).id(), phase(PhaseKind.EXPAND, PhaseStatus.CURRENT),
				phases.get(2).version());

		var after = strategies.savePhase(product, phases.get(1).id(), phase(PhaseKind.LEAD, PhaseStatus.CURRENT),
				phases.get(1).version());

		assertThat(after).extracting(GleePhase::kind, GleePhase::status)
			.containsExactly(tuple(PhaseKind.GET_BIG, PhaseStatus.DONE), tuple(PhaseKind.LEAD, PhaseStatus.CURRENT),
					tuple(PhaseKind.EXPAND, PhaseStatus.FUTURE));
		assertThat(storedCurrentPhases(product)).isEqualTo(1);
	}

	@Test
	void adding_a_new_current_phase_marks_the_previous_current_phase_done() {
		var product = aProduct();
		strategies.savePhase(product, null, phase(PhaseKind.GET_BIG, PhaseStatus.CURRENT), 0);

		var after = strategies.savePhase(product, null, phase(PhaseKind.LEAD, PhaseStatus.CURRENT), 0);

		assertThat(after).extracting(GleePhase::kind, GleePhase::status, GleePhase::position)
			.containsExactly(tuple(PhaseKind.GET_BIG, PhaseStatus.DONE, 0),
					tuple(PhaseKind.LEAD, PhaseStatus.CURRENT, 1));
	}

	@Test
	void the_only_current_phase_cannot_stop_being_current() {
		var product = aProduct();
		var phases = threePhases(product);
		var current = phases.get(0);

		assertThat(refused(() -> strategies.savePhase(product, current.id(), phase(PhaseKind.GET_BIG, PhaseStatus.DONE),
				current.version())))
			.extracting(InvalidInputException::field, InvalidInputException::messageKey)
			.containsExactly("status", "phase.one-current");
		assertThat(strategies.phases(product)).extracting(GleePhase::status)
			.containsExactly(PhaseStatus.CURRENT, PhaseStatus.FUTURE, PhaseStatus.FUTURE);
	}

	@Test
	void a_phase_tried_too_early_keeps_its_learnings_when_another_phase_becomes_current() {
		var product = aProduct();
		strategies.savePhase(product, null, phase(PhaseKind.GET_BIG, PhaseStatus.CURRENT), 0);
		strategies.savePhase(product, null, new PhaseDraft(PhaseKind.LEAD, "Lead enterprise fleets", null, "2024",
				PhaseStatus.TRIED_TOO_EARLY, "  Fleets were not ready to buy  "), 0);

		var after = strategies.savePhase(product, null, phase(PhaseKind.EXPAND, PhaseStatus.CURRENT), 0);

		assertThat(after).extracting(GleePhase::kind, GleePhase::status, GleePhase::learnings)
			.containsExactly(tuple(PhaseKind.GET_BIG, PhaseStatus.DONE, null),
					tuple(PhaseKind.LEAD, PhaseStatus.TRIED_TOO_EARLY, "Fleets were not ready to buy"),
					tuple(PhaseKind.EXPAND, PhaseStatus.CURRENT, null));
	}

	@Test
	void a_phase_edit_based_on_a_stale_version_is_refused_and_changes_nothing() {
		var product = aProduct();
		var stale = threePhases(product).get(1);
		strategies.savePhase(product, stale.id(),
				new PhaseDraft(PhaseKind.LEAD, "First edit wins", null, null, PhaseStatus.FUTURE, null),
				stale.version());

		assertThatThrownBy(() -> strategies.savePhase(product, stale.id(),
				new PhaseDraft(PhaseKind.LEAD, "Second edit", null, null, PhaseStatus.CURRENT, null), stale.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(strategies.phases(product)).extracting(GleePhase::statement, GleePhase::status)
			.containsExactly(tuple("Get big on rocket boots", PhaseStatus.CURRENT),
					tuple("First edit wins", PhaseStatus.FUTURE), tuple("Expand to jet packs", PhaseStatus.FUTURE));
	}

	@Test
	void moving_a_phase_swaps_it_with_its_neighbour_and_stops_at_either_end() {
		var product = aProduct();
		var phases = threePhases(product);
		UUID first = phases.get(0).id();
		UUID last = phases.get(2).id();

		var moved = strategies.movePhase(product, last, -1);

		assertThat(moved).extracting(GleePhase::kind, GleePhase::position, GleePhase::status)
			.containsExactly(tuple(PhaseKind.GET_BIG, 0, PhaseStatus.CURRENT),
					tuple(PhaseKind.EXPAND, 1, PhaseStatus.FUTURE), tuple(PhaseKind.LEAD, 2, PhaseStatus.FUTURE));
		assertThat(strategies.movePhase(product, first, -1)).extracting(GleePhase::kind)
			.containsExactly(PhaseKind.GET_BIG, PhaseKind.EXPAND, PhaseKind.LEAD);
		assertThat(strategies.movePhase(product, moved.get(2).id(), +1)).extracting(GleePhase::kind)
			.containsExactly(PhaseKind.GET_BIG, PhaseKind.EXPAND, PhaseKind.LEAD);
		assertThat(strategies.movePhase(product, first, +1)).extracting(GleePhase::kind, GleePhase::position)
			.containsExactly(tuple(PhaseKind.EXPAND, 0), tuple(PhaseKind.GET_BIG, 1), tuple(PhaseKind.LEAD, 2));
	}

	// Theories and their proxy metric

	@Test
	void a_theory_is_saved_with_its_proxy_metric_and_updated_with_its_version() {
		var product = aProduct();

		var saved = strategies.saveTheory(product, null, theory("Taste profile", new BigDecimal("12.5")), 0);

		assertThat(saved.title()).isEqualTo("Taste profile");
		assertThat(saved.advantage()).isEqualTo(Advantage.UNIQUE_TECHNOLOGY);
		assertThat(saved.metric().name()).isEqualTo("Members rating 50+ titles");
		assertThat(saved.metric().unit()).isEqualTo("%");
		assertThat(saved.metric().current()).isEqualByComparingTo("12.5");

		var updated = strategies.saveTheory(product, saved.id(), theory("Taste profile", new BigDecimal("14")),
				saved.version());

		assertThat(updated.metric().current()).isEqualByComparingTo("14");
		assertThat(updated.version()).isEqualTo(saved.version() + 1);
		assertThat(strategies.theories(product)).singleElement()
			.satisfies(t -> assertThat(t.metric().current()).isEqualByComparingTo("14"));
	}

	@Test
	void theories_are_listed_in_the_order_they_were_added() {
		var product = aProduct();
		strategies.saveTheory(product, null, theory("Taste profile", null), 0);
		strategies.saveTheory(product, null, theory("Brand of trust", null), 0);

		assertThat(strategies.theories(product)).extracting(StrategyTheory::title, StrategyTheory::position)
			.containsExactly(tuple("Taste profile", 0), tuple("Brand of trust", 1));
	}

	@Test
	void a_theory_save_that_lost_the_race_is_refused_and_overwrites_nothing() {
		var product = aProduct();
		var stale = strategies.saveTheory(product, null, theory("Taste profile", new BigDecimal("12.5")), 0);
		strategies.saveTheory(product, stale.id(), theory("First save wins", new BigDecimal("13")), stale.version());

		assertThatThrownBy(() -> strategies.saveTheory(product, stale.id(), theory("Second save", new BigDecimal("99")),
				stale.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(strategies.theories(product)).singleElement().satisfies(t -> {
			assertThat(t.title()).isEqualTo("First save wins");
			assertThat(t.metric().current()).isEqualByComparingTo("13");
		});
	}

	@Test
	void a_metric_value_too_large_to_store_is_refused_and_nothing_is_stored() {
		var product = aProduct();

		for (String tooLarge : new String[] { "100000000000000", "-100000000000000", "99999999999999.5" }) {
			assertThat(refused(
					() -> strategies.saveTheory(product, null, theory("Taste profile", new BigDecimal(tooLarge)), 0)))
				.extracting(InvalidInputException::field, InvalidInputException::messageKey)
				.containsExactly("metricCurrent", "validation.number-too-large");
		}
		assertThat(stored(STRATEGY_THEORY)).isZero();

		var largest = strategies.saveTheory(product, null, theory("Taste profile", new BigDecimal("99999999999999")),
				0);
		assertThat(largest.metric().current()).isEqualByComparingTo("99999999999999");
	}

	@Test
	void a_theory_needs_a_title_an_advantage_and_a_metric_name() {
		var product = aProduct();

		assertThat(refusedField(() -> strategies.saveTheory(product, null,
				new TheoryDraft(" ", null, Advantage.BRAND, "Metric", null, null, null), 0)))
			.isEqualTo("title");
		assertThat(refusedField(() -> strategies.saveTheory(product, null,
				new TheoryDraft("Title", null, null, "Metric", null, null, null), 0)))
			.isEqualTo("advantage");
		assertThat(refusedField(() -> strategies.saveTheory(product, null,
				new TheoryDraft("Title", null, Advantage.BRAND, "  ", null, null, null), 0)))
			.isEqualTo("metricName");
		assertThat(stored(STRATEGY_THEORY)).isZero();
	}

	@Test
	void a_theory_keeps_its_client_wording_trimmed_and_refuses_one_too_long() {
		var product = aProduct();

		var theory = strategies.saveTheory(product, null,
				new TheoryDraft("Moat", null, Advantage.BRAND, "Metric", null, null, null, "  What it means for you  "),
				0);

		assertThat(theory.clientWording()).isEqualTo("What it means for you");
		assertThat(refusedField(() -> strategies.saveTheory(product, theory.id(),
				new TheoryDraft("Moat", null, Advantage.BRAND, "Metric", null, null, null, "x".repeat(301)),
				theory.version())))
			.isEqualTo("clientWording");
	}

	// Roles and tenants

	@Test
	void a_viewer_reads_the_strategy_but_cannot_change_anything() {
		var product = aProduct();
		strategies.saveStrategy(product, strategy("Every runner flies"), 0);
		var phases = strategies.savePhase(product, null, phase(PhaseKind.GET_BIG, PhaseStatus.CURRENT), 0);
		var theory = strategies.saveTheory(product, null, theory("Taste profile", null), 0);
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));

		assertThat(strategies.products()).extracting(Product::name).containsExactly("Rocket Boots");
		assertThat(strategies.history(product)).hasSize(1);
		List<ThrowingCallable> writes = List.of(
				() -> strategies.createProduct(new ProductDraft("Viewer's product", Market.SMB, null)),
				() -> strategies.updateProduct(product, new ProductDraft("Renamed", Market.SMB, null), 0),
				() -> strategies.saveStrategy(product, strategy("Viewer's vision"), 1),
				() -> strategies.savePhase(product, null, phase(PhaseKind.LEAD, PhaseStatus.CURRENT), 0),
				() -> strategies.savePhase(product, phases.get(0).id(), phase(PhaseKind.GET_BIG, PhaseStatus.CURRENT),
						phases.get(0).version()),
				() -> strategies.movePhase(product, phases.get(0).id(), 1),
				() -> strategies.saveTheory(product, null, theory("Viewer's theory", null), 0),
				() -> strategies.saveTheory(product, theory.id(), theory("Renamed", null), theory.version()));
		for (var write : writes) {
			assertThatThrownBy(write).isInstanceOf(AccessDeniedException.class);
		}

		assertThat(fixtures.owner()
			.select(PRODUCT.NAME)
			.from(PRODUCT)
			.where(PRODUCT.TENANT_ID.eq(tenant))
			.fetch(PRODUCT.NAME)).containsExactly("Rocket Boots");
		assertThat(stored(STRATEGY_VERSION)).isEqualTo(1);
		assertThat(fixtures.owner()
			.select(GLEE_PHASE.STATEMENT, GLEE_PHASE.VERSION)
			.from(GLEE_PHASE)
			.where(GLEE_PHASE.TENANT_ID.eq(tenant))
			.fetch()
			.map(r -> tuple(r.value1(), r.value2()))).containsExactly(tuple("Get big on rocket boots", 0));
		assertThat(fixtures.owner()
			.select(STRATEGY_THEORY.TITLE)
			.from(STRATEGY_THEORY)
			.where(STRATEGY_THEORY.TENANT_ID.eq(tenant))
			.fetch(STRATEGY_THEORY.TITLE)).containsExactly("Taste profile");
	}

	@Test
	void another_companys_product_is_not_found_and_stays_untouched() {
		var otherTenant = fixtures.tenant("Other Co");
		String stranger = fixtures.personIn(otherTenant, Role.EDITOR);
		signIn.as(stranger);
		var theirs = strategies.createProduct(new ProductDraft("Secret Sauce", Market.SMB, null)).id();
		strategies.saveStrategy(theirs, strategy("Their vision"), 0);
		var theirPhase = strategies.savePhase(theirs, null, phase(PhaseKind.GET_BIG, PhaseStatus.CURRENT), 0).get(0);
		var theirTheory = strategies.saveTheory(theirs, null, theory("Their theory", null), 0);
		signIn.as(editor);
		var mine = aProduct();

		List<ThrowingCallable> attempts = List.of(() -> strategies.product(theirs), () -> strategies.history(theirs),
				() -> strategies.phases(theirs), () -> strategies.theories(theirs),
				() -> strategies.updateProduct(theirs, new ProductDraft("Hijacked", Market.SMB, null), 0),
				() -> strategies.saveStrategy(theirs, strategy("Hijacked"), 1),
				() -> strategies.savePhase(theirs, null, phase(PhaseKind.LEAD, PhaseStatus.CURRENT), 0),
				() -> strategies.savePhase(mine, theirPhase.id(), phase(PhaseKind.LEAD, PhaseStatus.CURRENT), 0),
				() -> strategies.movePhase(theirs, theirPhase.id(), 1),
				() -> strategies.saveTheory(theirs, null, theory("Hijacked", null), 0),
				() -> strategies.saveTheory(mine, theirTheory.id(), theory("Hijacked", null), 0));
		for (var attempt : attempts) {
			assertThatThrownBy(attempt).isInstanceOf(NotFoundException.class);
		}
		assertThat(strategies.allTheories()).isEmpty();

		signIn.as(stranger);
		assertThat(strategies.product(theirs).name()).isEqualTo("Secret Sauce");
		assertThat(strategies.history(theirs)).singleElement()
			.satisfies(s -> assertThat(s.vision()).isEqualTo("Their vision"));
		assertThat(strategies.phases(theirs)).containsExactly(theirPhase);
		assertThat(strategies.theories(theirs)).containsExactly(theirTheory);
	}

	private UUID aProduct() {
		return strategies.createProduct(new ProductDraft("Rocket Boots", Market.CONSUMER, null)).id();
	}

	private List<GleePhase> threePhases(UUID product) {
		strategies.savePhase(product, null,
				new PhaseDraft(PhaseKind.GET_BIG, "Get big on rocket boots", null, null, PhaseStatus.CURRENT, null), 0);
		strategies.savePhase(product, null,
				new PhaseDraft(PhaseKind.LEAD, "Lead urban commuting", null, null, PhaseStatus.FUTURE, null), 0);
		return strategies.savePhase(product, null,
				new PhaseDraft(PhaseKind.EXPAND, "Expand to jet packs", null, null, PhaseStatus.FUTURE, null), 0);
	}

	private static PhaseDraft phase(PhaseKind kind, PhaseStatus status) {
		String statement = switch (kind) {
			case GET_BIG -> "Get big on rocket boots";
			case LEAD -> "Lead urban commuting";
			case EXPAND -> "Expand to jet packs";
			case EXPAND_FURTHER -> "Expand to orbit";
		};
		return new PhaseDraft(kind, statement, null, null, status, null);
	}

	private static StrategyDraft strategy(String vision) {
		return new StrategyDraft(vision, "Runners arrive without sweat", "Patented thrust soles",
				"Refill subscriptions");
	}

	private static TheoryDraft theory(String title, BigDecimal current) {
		return new TheoryDraft(title, null, Advantage.UNIQUE_TECHNOLOGY, "Members rating 50+ titles", "%",
				"Share of members who rated at least 50 titles", current);
	}

	private static InvalidInputException refused(ThrowingCallable change) {
		Throwable thrown = catchThrowable(change);
		assertThat(thrown).isInstanceOf(InvalidInputException.class);
		return (InvalidInputException) thrown;
	}

	private static String refusedField(ThrowingCallable change) {
		return refused(change).field();
	}

	private int stored(Table<?> table) {
		return fixtures.owner().fetchCount(table, table.field("tenant_id", UUID.class).eq(tenant));
	}

	private int storedCurrentPhases(UUID product) {
		return fixtures.owner()
			.fetchCount(GLEE_PHASE,
					GLEE_PHASE.TENANT_ID.eq(tenant)
						.and(GLEE_PHASE.PRODUCT_ID.eq(product))
						.and(GLEE_PHASE.STATUS.eq(PhaseStatus.CURRENT)));
	}

	private int audited(String action) {
		return fixtures.owner()
			.fetchCount(AUDIT_EVENT, AUDIT_EVENT.TENANT_ID.eq(tenant).and(AUDIT_EVENT.ACTION.eq(action)));
	}

}
