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

	@Test
	void an_editor_shares_a_roadmap_and_gets_a_buyer_link_and_a_user_link_shown_once() {
		signInAs("eli@lumen.test");
		navigate("shares");
		int before = com.github.mvysny.kaributesting.v10.GridKt._size(sharesGrid());

		_click(_get(Button.class, spec -> spec.withId("create-share")));
		choose("share-client", com.throughline.sharing.domain.ClientAccount.class,
				c -> c.name().equals("Contoso Manufacturing"));
		choose("share-product", com.throughline.strategy.domain.Product.class, p -> p.name().equals("Lumen Insights"));
		_click(_get(Button.class, spec -> spec.withId("save-share")));

		String buyer = _get(TextField.class, spec -> spec.withId("buyer-link")).getValue();
		String user = _get(TextField.class, spec -> spec.withId("user-link")).getValue();
		assertThat(buyer).contains("/r/").isNotEqualTo(user);
		assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(sharesGrid())).isEqualTo(before + 1);
	}

	@Test
	void a_share_without_a_client_is_refused_next_to_the_field() {
		signInAs("eli@lumen.test");
		navigate("shares");

		_click(_get(Button.class, spec -> spec.withId("create-share")));
		_click(_get(Button.class, spec -> spec.withId("save-share")));

		assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("share-client"))
			.isInvalid()).isTrue();
		_assertNone(TextField.class, spec -> spec.withId("buyer-link"));
	}

	@Test
	void the_preview_shows_exactly_one_personas_texts_with_a_banner() {
		var share = shareOf("Northwind Logistics").getId();
		signInAs("eli@lumen.test");

		navigate("shares/" + share + "/preview/user");
		String user = textOf(byId("user-view"));
		navigate("shares/" + share + "/preview/buyer");
		String buyer = textOf(byId("buyer-view"));

		assertThat(user).contains("Embed snippet for partner portals").doesNotContain("Why:", "data platform team");
		assertThat(buyer).contains("Why:").doesNotContain("data platform team");
		assertThat(textOf(_get(SharePreviewView.class))).contains("Preview: exactly what a buyer sees");
	}

	@Test
	void viewers_cannot_preview_a_share() {
		var share = shareOf("Northwind Logistics").getId();
		signInAs("vera@lumen.test");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> navigate("shares/" + share + "/preview/buyer"))
			.isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
	}

	@SuppressWarnings("unchecked")
	private static <T> void choose(String id, Class<T> type, java.util.function.Predicate<T> which) {
		com.vaadin.flow.component.combobox.ComboBox<T> box = _get(com.vaadin.flow.component.combobox.ComboBox.class,
				spec -> spec.withId(id));
		_setValue(box, box.getListDataView().getItems().map(type::cast).filter(which).findFirst().orElseThrow());
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
