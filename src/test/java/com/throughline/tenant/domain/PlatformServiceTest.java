package com.throughline.tenant.domain;

import java.util.UUID;

import com.throughline.account.domain.SignInService;
import com.throughline.db.Routines;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.Role;
import com.throughline.platform.security.SecretTokens;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import com.throughline.support.SignedInSessions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static com.throughline.db.Tables.INVITATION;
import static com.throughline.db.Tables.PLATFORM_AUDIT_EVENT;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PlatformServiceTest {

	@Autowired
	PlatformService platform;

	@Autowired
	InvitationService invitations;

	@Autowired
	SignInService accounts;

	@Autowired
	ActiveSessions sessions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	@Autowired
	DSLContext db;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void provisioning_creates_the_company_and_its_first_admins_invitation_in_one_go() {
		signIn.as("platform@throughline.test");
		String slug = uniqueSlug();

		var invitation = platform.provision(new NewTenant(" Nova Corp ", slug, "Boss@Nova.test"));

		var tenant = fixtures.owner().selectFrom(TENANT).where(TENANT.SLUG.eq(slug)).fetchSingle();
		assertThat(tenant.getName()).isEqualTo("Nova Corp");
		var stored = fixtures.owner()
			.selectFrom(INVITATION)
			.where(INVITATION.TENANT_ID.eq(tenant.getId()))
			.fetchSingle();
		assertThat(stored.getEmail()).isEqualTo("boss@nova.test");
		assertThat(stored.getRole()).isEqualTo(Role.ADMIN);
		assertThat(stored.getTokenHash()).isEqualTo(SecretTokens.hash(invitation.token()));
		assertThat(fixtures.owner()
			.fetchExists(PLATFORM_AUDIT_EVENT,
					PLATFORM_AUDIT_EVENT.ACTION.eq("tenant.provisioned").and(PLATFORM_AUDIT_EVENT.TARGET.eq(slug))))
			.isTrue();
		SignIn.signOut();
		assertThat(invitations.lookup(invitation.token())).hasValueSatisfying(d -> {
			assertThat(d.tenantName()).isEqualTo("Nova Corp");
			assertThat(d.role()).isEqualTo(Role.ADMIN);
		});
	}

	@Test
	void a_duplicate_slug_or_bad_email_is_refused_next_to_the_field_and_nothing_is_created() {
		signIn.as("platform@throughline.test");
		int before = fixtures.owner().fetchCount(TENANT);

		assertThatThrownBy(() -> platform.provision(new NewTenant("Copycat", "lumen", "a@b.test")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("slug");
				assertThat(ex.messageKey()).isEqualTo("tenant.slug.taken");
			});
		assertThatThrownBy(() -> platform.provision(new NewTenant("Bad", "Bad Slug!", "a@b.test")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("slug"));
		assertThatThrownBy(() -> platform.provision(new NewTenant("Bad", uniqueSlug(), "nope")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("adminEmail"));
		assertThat(fixtures.owner().fetchCount(TENANT)).isEqualTo(before);
	}

	@Test
	void a_suspended_company_cannot_be_entered_its_sessions_end_and_its_data_is_kept() {
		var tenant = fixtures.tenant("Sleepy Co");
		String email = fixtures.personIn(tenant, Role.EDITOR);
		var session = SignedInSessions.open(sessions, accounts.loadUserByUsername(email));
		signIn.as("platform@throughline.test");

		platform.suspend(tenant);

		assertThat(SignedInSessions.ended(session)).isTrue();
		assertThat(accounts.loadUserByUsername(email).activeWorkspace()).isEmpty();
		assertThat(fixtures.owner().fetchExists(TENANT, TENANT.ID.eq(tenant))).isTrue();

		platform.reactivate(tenant);
		assertThat(accounts.loadUserByUsername(email).activeTenantId()).contains(tenant);
	}

	@Test
	void only_a_platform_admin_may_provision_or_suspend() {
		var tenant = fixtures.tenant("Ambitious Co");
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));

		assertThatThrownBy(() -> platform.provision(new NewTenant("Mine", uniqueSlug(), "x@y.test")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> platform.suspend(fixtures.tenantIdOf("lumen")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_database_refuses_provisioning_by_anyone_but_a_platform_admin_even_past_the_service() {
		var tenant = fixtures.tenant("Sneaky Co");
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		String slug = uniqueSlug();

		assertThatThrownBy(() -> transaction
			.executeWithoutResult(status -> Routines.platformCreateTenant(db.configuration(), UUID.randomUUID(), slug,
					"Sneaky", UUID.randomUUID(), "a@b.test", "x", java.time.OffsetDateTime.now())))
			.hasStackTraceContaining("only a platform admin");
		assertThat(fixtures.owner().fetchExists(TENANT, TENANT.SLUG.eq(slug))).isFalse();
	}

	@Test
	void the_company_list_is_searched_and_paged() {
		signIn.as("platform@throughline.test");

		assertThat(platform.tenants("STREAM", 0, 10)).extracting(TenantSummary::slug).containsExactly("streamly");
		assertThat(platform.countTenants("stream")).isEqualTo(1);
		assertThat(platform.tenants(null, 0, 1)).hasSize(1);
		assertThat(platform.tenants("%", 0, 100)).isEmpty();
		assertThat(platform.tenants("_", 0, 100)).extracting(TenantSummary::name).allMatch(name -> name.contains("_"));
	}

	private static String uniqueSlug() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

}
