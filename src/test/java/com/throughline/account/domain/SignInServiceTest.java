package com.throughline.account.domain;

import com.throughline.platform.security.Role;
import com.throughline.platform.security.SignedInPerson;
import com.throughline.platform.security.TenantStatus;
import com.throughline.platform.security.WorkspaceAccess;
import com.throughline.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class SignInServiceTest {

	@Autowired
	SignInService signIn;

	@Autowired
	Fixtures fixtures;

	@Test
	void a_person_signs_in_with_their_workspaces_and_the_roles_of_the_active_one() {
		var person = signIn.loadUserByUsername("MAYA@consult.test");

		assertThat(person.workspaces()).extracting(WorkspaceAccess::slug).containsExactly("lumen", "streamly");
		assertThat(person.activeWorkspace().orElseThrow().slug()).isEqualTo("lumen");
		assertThat(authorities(person)).containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_VIEWER");
	}

	@Test
	void switching_workspace_changes_the_roles() {
		var person = signIn.loadUserByUsername("maya@consult.test");
		var streamly = fixtures.tenantIdOf("streamly");

		var switched = signIn.enter(person, streamly).orElseThrow();

		assertThat(switched.activeTenantId()).contains(streamly);
		assertThat(authorities(switched)).containsExactly("ROLE_VIEWER");
	}

	@Test
	void a_suspended_company_cannot_be_entered_or_switched_to() {
		var tenant = fixtures.tenant("Paused Co");
		var other = fixtures.tenant("Live Co");
		var email = fixtures.personIn(tenant, Role.ADMIN);
		var account = signIn.loadUserByUsername(email);
		fixtures.member(other, account.id(), Role.VIEWER);
		var person = signIn.loadUserByUsername(email);
		fixtures.setStatus(tenant, TenantStatus.SUSPENDED);

		assertThat(signIn.enter(person, tenant)).isEmpty();
		assertThat(signIn.loadUserByUsername(email).activeTenantId()).contains(other);
	}

	@Test
	void a_company_one_does_not_belong_to_cannot_be_entered() {
		var person = signIn.loadUserByUsername("eli@lumen.test");

		assertThat(signIn.enter(person, fixtures.tenantIdOf("streamly"))).isEmpty();
	}

	@Test
	void a_person_without_a_company_has_no_active_workspace_and_no_tenant_role() {
		var email = fixtures.emailOf(fixtures.account("Loner"));

		var person = signIn.loadUserByUsername(email);

		assertThat(person.activeWorkspace()).isEmpty();
		assertThat(person.getAuthorities()).isEmpty();
	}

	@Test
	void an_unknown_email_is_not_found() {
		assertThatThrownBy(() -> signIn.loadUserByUsername("nobody@nowhere.test"))
			.isInstanceOf(UsernameNotFoundException.class);
	}

	private static java.util.List<String> authorities(SignedInPerson person) {
		return person.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
