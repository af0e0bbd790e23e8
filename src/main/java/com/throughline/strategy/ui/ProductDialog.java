package com.throughline.strategy.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Creates a product, or edits one. */
class ProductDialog extends Dialog {

	private final TextField name = new TextField();

	private final Select<Market> market = new Select<>();

	private final TextArea description = new TextArea();

	ProductDialog(StrategyService strategy, @Nullable Product existing, Consumer<Product> onSaved) {
		setHeaderTitle(getTranslation(existing == null ? "product.create" : "product.edit"));
		name.setId("product-name");
		name.setLabel(getTranslation("product.name"));
		name.setMaxLength(ProductDraft.NAME_MAX);
		name.setRequiredIndicatorVisible(true);
		market.setId("product-market");
		market.setLabel(getTranslation("product.market"));
		market.setItems(Market.values());
		market.setItemLabelGenerator(m -> Labels.of(this, m));
		market.setValue(Market.SMB);
		description.setLabel(getTranslation("product.description"));
		description.setMaxLength(ProductDraft.DESCRIPTION_MAX);
		if (existing != null) {
			name.setValue(existing.name());
			market.setValue(existing.market());
			description.setValue(existing.description() == null ? "" : existing.description());
		}
		add(new FormLayout(name, market, description));
		var save = new Button(getTranslation("action.save"), click -> {
			var draft = new ProductDraft(name.getValue(), market.getValue(), description.getValue());
			try {
				var saved = existing == null ? strategy.createProduct(draft)
						: strategy.updateProduct(existing.id(), draft, existing.version());
				close();
				onSaved.accept(saved);
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex, Map.of("name", name, "market", market, "description", description));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
			}
		});
		save.setId("save-product");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickShortcut(Key.ENTER);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

}
