package com.throughline.strategy.ui;

import java.util.UUID;

import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.throughline.db.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

class ProductsViewTest extends KaribuTest {

	@Autowired
	StrategyService strategy;

	@Test
	void an_editor_of_a_company_without_products_is_invited_to_create_the_first() {
		signInAs(fixtures.personIn(fixtures.tenant("Blank Slate"), Role.EDITOR));
		navigate("products");

		_assertOne(Paragraph.class,
				spec -> spec.withText("No products yet. Create your first product to write its strategy."));
		_assertNone(Grid.class, spec -> spec.withId("products"));
		assertThat(createButton().getText()).isEqualTo("New product");
	}

	@Test
	void a_name_another_product_already_has_is_refused_next_to_the_field_and_nothing_is_stored() {
		UUID tenant = fixtures.tenant("Twin Peaks");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		strategy.createProduct(new ProductDraft("Aurora", Market.SMB, null));
		navigate("products");
		_click(createButton());

		_setValue(nameField(), "Aurora");
		_click(_get(Button.class, spec -> spec.withId("save-product")));

		assertThat(nameField().isInvalid()).isTrue();
		assertThat(nameField().getErrorMessage()).isEqualTo("Another product already has this name.");
		_assertOne(ProductsView.class);
		assertThat(fixtures.owner().fetchCount(PRODUCT, PRODUCT.TENANT_ID.eq(tenant))).isOne();
	}

	@Test
	void a_new_product_opens_its_canvas_titled_with_its_name() {
		UUID tenant = fixtures.tenant("Fresh Start");
		signInAs(fixtures.personIn(tenant, Role.EDITOR));
		navigate("products");
		_click(createButton());

		_setValue(nameField(), "Beacon");
		@SuppressWarnings("unchecked")
		Select<Market> market = _get(Select.class, spec -> spec.withId("product-market"));
		_setValue(market, Market.ENTERPRISE);
		_click(_get(Button.class, spec -> spec.withId("save-product")));

		_assertOne(StrategyCanvasView.class);
		assertThat(_get(H2.class, spec -> spec.withId("page-title")).getText()).isEqualTo("Beacon");
		var stored = fixtures.owner().selectFrom(PRODUCT).where(PRODUCT.TENANT_ID.eq(tenant)).fetchSingle();
		assertThat(stored.getName()).isEqualTo("Beacon");
		assertThat(stored.getMarket()).isEqualTo(Market.ENTERPRISE);
	}

	@Test
	void a_viewer_sees_the_companys_products_but_no_new_product_button() {
		signInAs("vera@lumen.test");
		navigate("products");

		_assertNone(Button.class, spec -> spec.withId("create-product"));
		_assertNone(Button.class, spec -> spec.withText("New product"));
		@SuppressWarnings("unchecked")
		Grid<Product> grid = _get(Grid.class, spec -> spec.withId("products"));
		assertThat(shownIn(grid, "Product name")).containsExactly("Lumen Insights");
		assertThat(shownIn(grid, "Market")).containsExactly("Enterprise (B2B)");
	}

	@Test
	void a_viewer_of_a_company_without_products_is_told_the_team_will_add_them() {
		signInAs(fixtures.personIn(fixtures.tenant("Quiet Co"), Role.VIEWER));
		navigate("products");

		_assertOne(Paragraph.class, spec -> spec.withText("No products yet. Your product team will add them."));
		_assertNone(Button.class, spec -> spec.withId("create-product"));
	}

	private Button createButton() {
		return _get(Button.class, spec -> spec.withId("create-product"));
	}

	private TextField nameField() {
		return _get(TextField.class, spec -> spec.withId("product-name"));
	}

}
