package com.throughline.audit.domain;

import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.support.Fixtures;
import com.throughline.support.SignIn;
import com.throughline.tenant.domain.InvitationService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static com.throughline.db.Tables.PLATFORM_AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AuditTrailServiceTest {

	@Autowired
	AuditTrailService trail;

	@Autowired
	InvitationService invitations;

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
	void an_admin_sees_their_companys_events_filtered_and_no_one_elses() {
		UUID mine = fixtures.tenant("Audit Mine");
		UUID theirs = fixtures.tenant("Audit Theirs");
		signIn.as(fixtures.personIn(theirs, Role.ADMIN));
		invitations.invite("secret-hire@theirs.test", Role.EDITOR);
		signIn.as(fixtures.personIn(mine, Role.ADMIN));
		invitations.invite("first@mine.test", Role.EDITOR);
		var second = invitations.invite("second@mine.test", Role.VIEWER);
		invitations.revoke(second.id());

		assertThat(trail.workspaceEvents(AuditFilter.ANY, 0, 50)).extracting(AuditEntry::action)
			.containsExactly("invitation.revoked", "invitation.created", "invitation.created");
		assertThat(trail.workspaceEvents(new AuditFilter("invitation.", "second"), 0, 50)).hasSize(2);
		assertThat(trail.countWorkspaceEvents(new AuditFilter("member.", null))).isZero();
		assertThat(trail.workspaceEvents(AuditFilter.ANY, 0, 50)).extracting(AuditEntry::target)
			.doesNotContain("secret-hire@theirs.test");
	}

	@Test
	void viewers_cannot_read_the_log_and_only_platform_admins_read_platform_events() {
		UUID tenant = fixtures.tenant("Audit Viewer");
		signIn.as(fixtures.personIn(tenant, Role.VIEWER));
		assertThatThrownBy(() -> trail.workspaceEvents(AuditFilter.ANY, 0, 10))
			.isInstanceOf(AccessDeniedException.class);

		signIn.as(fixtures.personIn(tenant, Role.ADMIN));
		assertThatThrownBy(() -> trail.platformEvents(AuditFilter.ANY, 0, 10))
			.isInstanceOf(AccessDeniedException.class);
		Integer visible = transaction.execute(status -> db.fetchCount(PLATFORM_AUDIT_EVENT));
		assertThat(visible).isZero();
	}

}
