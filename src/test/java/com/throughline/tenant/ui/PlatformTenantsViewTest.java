package com.throughline.tenant.ui;

import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.throughline.support.KaribuTest;
import com.throughline.tenant.domain.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.INVITATION;
import static com.throughline.db.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class PlatformTenantsViewTest extends KaribuTest {

	@BeforeEach
	void thePlatformAdminOnTheCompanyList() {
		signInAs("platform@throughline.test");
		navigate("platform/tenants");
	}

	@Test
	void a_slug_already_taken_is_refused_next_to_the_slug_field_and_nothing_is_created() {
		String name = "Second Lumen " + UUID.randomUUID();
		int before = GridKt._size(grid());

		fillInNewCompany(name, "lumen", "boss@example.test");

		assertThat(field("tenant-slug").isInvalid()).isTrue();
		assertThat(field("tenant-slug").getErrorMessage()).isEqualTo("This slug is already taken.");
		assertThat(field("tenant-name").isInvalid()).isFalse();
		assertThat(fixtures.owner().fetchCount(TENANT, TENANT.NAME.eq(name))).isZero();
		assertThat(GridKt._size(grid())).isEqualTo(before);
	}

	@Test
	void a_new_company_shows_its_invitation_link_and_joins_the_list() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String adminEmail = "founder-" + unique + "@example.test";
		int before = GridKt._size(grid());

		fillInNewCompany("Kestrel Robotics " + unique, "kestrel-" + unique, adminEmail);

		assertThat(_get(TextField.class, spec -> spec.withId("invitation-link")).getValue()).contains("/invitation/");
		assertThat(GridKt._size(grid())).isEqualTo(before + 1);
		UUID created = fixtures.tenantIdOf("kestrel-" + unique);
		assertThat(
				fixtures.owner().select(TENANT.NAME).from(TENANT).where(TENANT.ID.eq(created)).fetchSingle().value1())
			.isEqualTo("Kestrel Robotics " + unique);
		assertThat(fixtures.owner()
			.select(INVITATION.EMAIL)
			.from(INVITATION)
			.where(INVITATION.TENANT_ID.eq(created))
			.fetch(INVITATION.EMAIL)).containsExactly(adminEmail);
	}

	@Test
	void searching_narrows_the_list_to_matching_companies() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		fixtures.tenant("Quokka Freight " + unique);

		_setValue(_get(TextField.class, spec -> spec.withId("tenant-search")), "quokka freight " + unique);

		assertThat(GridKt._size(grid())).isOne();
		assertThat(shownIn(grid(), "Company name")).containsExactly("Quokka Freight " + unique);

		_setValue(_get(TextField.class, spec -> spec.withId("tenant-search")), "lumen");

		assertThat(shownIn(grid(), "Company name")).contains("Lumen Analytics").doesNotContain("Streamly");
		assertThat(GridKt._findAll(grid()))
			.allMatch(t -> t.name().toLowerCase().contains("lumen") || t.slug().contains("lumen"));
	}

	private void fillInNewCompany(String name, String slug, String adminEmail) {
		_click(_get(Button.class, spec -> spec.withId("create-tenant")));
		_setValue(field("tenant-name"), name);
		_setValue(field("tenant-slug"), slug);
		_setValue(_get(EmailField.class, spec -> spec.withId("tenant-admin-email")), adminEmail);
		_click(_get(Button.class, spec -> spec.withId("create-tenant-confirm")));
	}

	private TextField field(String id) {
		return _get(TextField.class, spec -> spec.withId(id));
	}

	@SuppressWarnings("unchecked")
	private Grid<TenantSummary> grid() {
		return _get(Grid.class, spec -> spec.withId("tenants"));
	}

}
