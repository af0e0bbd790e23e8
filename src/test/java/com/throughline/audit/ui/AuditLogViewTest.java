package com.throughline.audit.ui;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.throughline.audit.domain.AuditEntry;
import com.throughline.platform.security.Role;
import com.throughline.support.KaribuTest;
import com.throughline.tenant.domain.InvitationService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogViewTest extends KaribuTest {

	@Autowired
	InvitationService invitations;

	UUID tenant;

	String admin;

	@BeforeEach
	void aCompanyWithAnAdmin() {
		tenant = fixtures.tenant("Audit Trail Co");
		admin = fixtures.personIn(tenant, Role.ADMIN);
	}

	@Test
	void an_invitation_is_listed_and_a_filter_that_matches_nothing_empties_the_log() {
		signInAs(admin);
		String invitee = "audited-" + UUID.randomUUID() + "@example.test";
		invitations.invite(invitee, Role.VIEWER);
		navigate("audit");

		assertThat(GridKt._size(log())).isOne();
		assertThat(shownIn(log(), "Action")).containsExactly("Invitation sent");
		assertThat(shownIn(log(), "On")).containsExactly(invitee);
		assertThat(shownIn(log(), "Who")).containsExactly("admin of " + tenant);

		_setValue(_get(TextField.class, spec -> spec.withId("audit-text")), "nothing-like-this");

		assertThat(GridKt._size(log())).isZero();
		assertThat(log().getEmptyStateText()).isEqualTo("Nothing recorded yet for this filter.");
	}

	@Test
	void an_editor_cannot_open_the_audit_log() {
		signInAs(fixtures.personIn(tenant, Role.EDITOR));

		assertThatThrownBy(() -> navigate("audit")).isInstanceOf(MockAccessDeniedException.class);
		_assertNone(Grid.class);
	}

	@SuppressWarnings("unchecked")
	private Grid<AuditEntry> log() {
		return _get(Grid.class, spec -> spec.withId("audit-log"));
	}

}
