package com.throughline.sharing.ui;

import java.time.LocalDate;

import com.throughline.sharing.domain.Share;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.throughline.db.Tables.CLIENT_ACCOUNT;
import static com.throughline.db.Tables.ROADMAP_SHARE;
import static org.assertj.core.api.Assertions.assertThat;

class SharesViewTest extends KaribuTest {

	@Test
	void the_view_log_says_who_opened_a_share_when_and_as_which_persona() {
		signInAs("hannah@contoso.test");
		navigate("client/shares/" + shareOf("Contoso Manufacturing").getId());
		signInAs("vera@lumen.test");
		navigate("shares");

		_click(_get(actionsOf("Contoso Manufacturing"), Button.class, spec -> spec.withText("Views")));

		@SuppressWarnings("unchecked")
		Grid<com.throughline.sharing.domain.ShareViewEntry> views = _get(Grid.class,
				spec -> spec.withId("share-views"));
		assertThat(shownIn(views, "Who")).contains("Hannah Brooks");
		assertThat(shownIn(views, "Persona")).contains("Buyer");
		_assertNone(Button.class, spec -> spec.withText("New links"));
	}

	@Test
	void new_links_are_made_only_after_a_confirmation_and_shown_once() {
		signInAs("eli@lumen.test");
		navigate("shares");

		_click(_get(actionsOf("Northwind Logistics"), Button.class, spec -> spec.withText("New links")));
		_fireConfirm(_get(ConfirmDialog.class));

		assertThat(_get(TextField.class, spec -> spec.withId("buyer-link")).getValue()).contains("/r/");
		assertThat(_get(TextField.class, spec -> spec.withId("user-link")).getValue()).contains("/r/");
	}

	@Test
	void an_editor_extends_a_share_and_a_past_expiry_is_refused_next_to_the_field() {
		signInAs("eli@lumen.test");
		navigate("shares");
		LocalDate later = shareOf("Contoso Manufacturing").getExpiresOn().plusMonths(1);

		_click(_get(actionsOf("Contoso Manufacturing"), Button.class, spec -> spec.withText("Edit")));
		var expires = _get(DatePicker.class, spec -> spec.withId("share-expires"));
		_setValue(expires, LocalDate.now().minusDays(1));
		_click(_get(Button.class, spec -> spec.withId("save-share")));
		assertThat(expires.isInvalid()).isTrue();

		_setValue(expires, later);
		_click(_get(Button.class, spec -> spec.withId("save-share")));
		assertThat(shareOf("Contoso Manufacturing").getExpiresOn()).isEqualTo(later);
	}

	private HorizontalLayout actionsOf(String clientName) {
		Grid<Share> grid = sharesGrid();
		var id = shareOf(clientName).getId();
		return cell(grid, s -> s.id().equals(id), grid.getColumns().getLast(), HorizontalLayout.class);
	}

	/** The demo share with a client, read as the owner. */
	private com.throughline.db.tables.records.RoadmapShareRecord shareOf(String clientName) {
		return fixtures.owner()
			.select(ROADMAP_SHARE.fields())
			.from(ROADMAP_SHARE)
			.join(CLIENT_ACCOUNT)
			.on(CLIENT_ACCOUNT.TENANT_ID.eq(ROADMAP_SHARE.TENANT_ID).and(CLIENT_ACCOUNT.ID.eq(ROADMAP_SHARE.CLIENT_ID)))
			.where(CLIENT_ACCOUNT.NAME.eq(clientName).and(ROADMAP_SHARE.REVOKED_AT.isNull()))
			.orderBy(ROADMAP_SHARE.CREATED_AT)
			.limit(1)
			.fetchSingle()
			.into(ROADMAP_SHARE);
	}

	@SuppressWarnings("unchecked")
	private static Grid<Share> sharesGrid() {
		return _get(Grid.class, spec -> spec.withId("shares"));
	}

}
