package com.throughline.tenant.domain;

import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.AUDIT_EVENT;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class WorkspaceServiceTest {

	@Autowired
	WorkspaceService workspace;

	@Autowired
	PlatformService platform;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	@BeforeEach
	void aCompanyWithAnAdmin() {
		tenant = fixtures.tenant("Acme Rockets");
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void members_come_page_by_page_by_name_and_narrowed_by_a_search_within_the_company() {
		for (String name : new String[] { "Zoe Park", "Ana Diaz", "Mia Chen", "Omar Haddad" }) {
			fixtures.member(tenant, fixtures.account(name), Role.EDITOR);
		}
		fixtures.member(fixtures.tenant("Other Rockets"), fixtures.account("Ana Other"), Role.EDITOR);

		assertThat(workspace.memberCount("")).isEqualTo(5);
		assertThat(workspace.members("", 0, 2)).extracting(Member::displayName).containsExactly("Ana Diaz", "Mia Chen");
		assertThat(workspace.members("", 2, 2)).extracting(Member::displayName)
			.containsExactly("Omar Haddad", "Zoe Park");
		assertThat(workspace.members(" ana ", 0, 10)).extracting(Member::displayName).containsExactly("Ana Diaz");
		assertThat(workspace.memberCount("ANA")).isEqualTo(1);
	}

	@Test
	void admin_changes_the_settings_and_the_change_is_audited() {
		var before = workspace.profile();

		var after = workspace.updateSettings(new WorkspaceSettings("  Acme Space  ", "es", "EUR"), before.version());

		assertThat(after.name()).isEqualTo("Acme Space");
		assertThat(after.defaultLocale()).isEqualTo("es");
		assertThat(after.currency()).isEqualTo("EUR");
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(fixtures.owner()
			.fetchCount(AUDIT_EVENT,
					AUDIT_EVENT.TENANT_ID.eq(tenant).and(AUDIT_EVENT.ACTION.eq("workspace.settings-changed"))))
			.isEqualTo(1);
	}

	@Test
	void a_save_that_lost_the_race_is_refused_and_overwrites_nothing() {
		var stale = workspace.profile();
		workspace.updateSettings(named("First save wins"), stale.version());

		assertThatThrownBy(() -> workspace.updateSettings(named("Second save"), stale.version()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(storedName()).isEqualTo("First save wins");
	}

	@Test
	void bad_settings_are_refused_with_the_field_named_and_nothing_changes() {
		int version = workspace.profile().version();

		assertThat(refusedField(() -> workspace.updateSettings(named("   "), version))).isEqualTo("name");
		assertThat(refusedField(() -> workspace.updateSettings(named("x".repeat(201)), version))).isEqualTo("name");
		assertThat(refusedField(() -> workspace.updateSettings(new WorkspaceSettings("Ok", "fr", "USD"), version)))
			.isEqualTo("defaultLocale");
		assertThat(refusedField(() -> workspace.updateSettings(new WorkspaceSettings("Ok", "en", "XYZ"), version)))
			.isEqualTo("currency");
		assertThat(storedName()).isEqualTo("Acme Rockets");
	}

	@Test
	void members_are_those_of_the_active_workspace_only() {
		var other = fixtures.tenant("Other Co");
		fixtures.personIn(other, Role.EDITOR);

		assertThat(workspace.members()).hasSize(1).allSatisfy(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
	}

	@Test
	void editors_and_viewers_cannot_change_the_settings() {
		for (Role role : new Role[] { Role.EDITOR, Role.VIEWER }) {
			signIn.as(fixtures.personIn(tenant, role));
			assertThatThrownBy(() -> workspace.updateSettings(named("Hijacked"), 0))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(storedName()).isEqualTo("Acme Rockets");
	}

	@Test
	void a_tenant_admin_cannot_list_the_platform_tenants() {
		assertThatThrownBy(() -> platform.tenants(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_platform_admin_lists_every_company_with_its_member_count() {
		signIn.as("platform@throughline.test");

		assertThat(platform.tenants(null, 0, 1000)).anySatisfy(t -> {
			assertThat(t.id()).isEqualTo(tenant);
			assertThat(t.memberCount()).isEqualTo(1);
		}).extracting(TenantSummary::slug).contains("lumen", "streamly");
	}

	@Test
	void signed_out_callers_are_refused_by_the_service() {
		SignIn.signOut();
		assertThatThrownBy(() -> workspace.profile())
			.isInstanceOf(org.springframework.security.core.AuthenticationException.class);
	}

	private static WorkspaceSettings named(String name) {
		return new WorkspaceSettings(name, "en", "USD");
	}

	private static String refusedField(Runnable change) {
		try {
			change.run();
		}
		catch (InvalidInputException refused) {
			return refused.field();
		}
		throw new AssertionError("expected the change to be refused");
	}

	private String storedName() {
		return fixtures.owner().select(TENANT.NAME).from(TENANT).where(TENANT.ID.eq(tenant)).fetchSingle().value1();
	}

}
