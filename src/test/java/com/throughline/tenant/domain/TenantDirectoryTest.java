package com.throughline.tenant.domain;

import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-tenant directory function guards itself: even called directly, past the
 * service's role check, it answers only to a platform admin.
 */
@SpringBootTest
class TenantDirectoryTest {

	@Autowired
	TenantDirectory directory;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SignIn signIn;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void signOut() {
		SignIn.signOut();
	}

	@Test
	void the_tenant_list_is_empty_for_anyone_but_a_platform_admin() {
		var tenant = fixtures.tenant("Curious Co");
		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		assertThat(tenantsVisible()).isEmpty();

		SignIn.signOut();
		assertThat(tenantsVisible()).isEmpty();

		signIn.as("platform@throughline.test");
		assertThat(tenantsVisible()).extracting(TenantSummary::id).contains(tenant);
	}

	private java.util.List<TenantSummary> tenantsVisible() {
		return transaction.execute(status -> directory.page(null, 0, 1000));
	}

}
