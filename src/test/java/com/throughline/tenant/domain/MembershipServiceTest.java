package com.throughline.tenant.domain;

import java.util.UUID;

import com.throughline.account.domain.SignInService;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.security.ActiveSessions;
import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import com.throughline.support.SignedInSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static com.throughline.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class MembershipServiceTest {

	@Autowired
	MembershipService memberships;

	@Autowired
	WorkspaceService workspace;

	@Autowired
	SignInService accounts;

	@Autowired
	ActiveSessions sessions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	UUID tenant;

	UUID admin;

	@BeforeEach
	void aCompanyWithOneAdmin() {
		tenant = fixtures.tenant("Team Co");
		String email = fixtures.personIn(tenant, Role.ADMIN);
		admin = signIn.as(email).id();
	}

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void the_last_admin_can_be_neither_demoted_nor_removed() {
		assertThatThrownBy(() -> memberships.changeRole(admin, Role.EDITOR)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.messageKey()).isEqualTo("member.last-admin"));
		assertThatThrownBy(() -> memberships.remove(admin)).isInstanceOf(InvalidInputException.class);
		assertThat(workspace.members()).singleElement().satisfies(m -> assertThat(m.role()).isEqualTo(Role.ADMIN));
	}

	@Test
	void with_a_second_admin_one_may_step_down_and_the_change_is_audited() {
		UUID second = accounts.loadUserByUsername(fixtures.personIn(tenant, Role.ADMIN)).id();

		memberships.changeRole(second, Role.VIEWER);

		assertThat(workspace.members()).filteredOn(m -> m.accountId().equals(second))
			.singleElement()
			.satisfies(m -> assertThat(m.role()).isEqualTo(Role.VIEWER));
		assertThat(fixtures.owner()
			.fetchCount(AUDIT_EVENT,
					AUDIT_EVENT.TENANT_ID.eq(tenant).and(AUDIT_EVENT.ACTION.eq("member.role-changed"))))
			.isEqualTo(1);
	}

	@Test
	void a_removed_member_loses_the_company_and_their_sessions_in_it_end() {
		String email = fixtures.personIn(tenant, Role.EDITOR);
		var member = accounts.loadUserByUsername(email);
		var otherCompany = fixtures.tenant("Other");
		fixtures.member(otherCompany, member.id(), Role.VIEWER);
		var inThisCompany = SignedInSessions.open(sessions, accounts.enter(member, tenant).orElseThrow());
		var inTheOther = SignedInSessions.open(sessions, accounts.enter(member, otherCompany).orElseThrow());

		memberships.remove(member.id());

		assertThat(accounts.loadUserByUsername(email).workspaces()).extracting(w -> w.tenantId())
			.containsExactly(otherCompany);
		assertThat(SignedInSessions.ended(inThisCompany)).isTrue();
		assertThat(SignedInSessions.ended(inTheOther)).isFalse();
	}

	@Test
	void a_member_of_another_company_is_not_found() {
		var other = fixtures.tenant("Not Mine");
		UUID stranger = accounts.loadUserByUsername(fixtures.personIn(other, Role.VIEWER)).id();

		assertThatThrownBy(() -> memberships.remove(stranger))
			.isInstanceOf(com.throughline.platform.NotFoundException.class);
		assertThatThrownBy(() -> memberships.changeRole(stranger, Role.ADMIN))
			.isInstanceOf(com.throughline.platform.NotFoundException.class);
	}

	@Test
	void editors_cannot_change_roles_or_remove_members() {
		signIn.as(fixtures.personIn(tenant, Role.EDITOR));

		assertThatThrownBy(() -> memberships.changeRole(admin, Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> memberships.remove(admin)).isInstanceOf(AccessDeniedException.class);
	}

}
