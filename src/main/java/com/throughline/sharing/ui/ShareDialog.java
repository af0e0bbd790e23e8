package com.throughline.sharing.ui;

import java.util.List;
import java.util.Map;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Links;
import com.throughline.roadmap.domain.RoadmapItem;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.IssuedShare;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.sharing.domain.Share;
import com.throughline.sharing.domain.ShareDraft;
import com.throughline.sharing.domain.SharingService;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Shares a product's roadmap with a key client, or changes a share's items, message and
 * expiry. A new share's two links are shown once, at the end.
 */
class ShareDialog extends Dialog {

	/** The services the dialog reads its choices from and saves through. */
	record Services(SharingService sharing, KeyClientService clients, StrategyService strategy,
			RoadmapService roadmap) {

	}

	private final ComboBox<ClientAccount> client = new ComboBox<>(getTranslation("client.name"));

	private final ComboBox<Product> product = new ComboBox<>(getTranslation("hypothesis.product"));

	private final Checkbox all = new Checkbox(getTranslation("share.all-items"), true);

	private final MultiSelectComboBox<RoadmapItem> items = new MultiSelectComboBox<>(getTranslation("share.items"));

	private final TextArea message = new TextArea(getTranslation("share.message"));

	private final DatePicker expires = new DatePicker(getTranslation("share.expires"));

	ShareDialog(Services services, @Nullable Share share, Runnable saved) {
		setHeaderTitle(share == null ? getTranslation("share.create")
				: getTranslation("share.edit.title", share.clientName()));
		setWidth("44rem");
		configureFields(services);
		if (share != null) {
			show(services, share);
		}
		add(new FormLayout(client, product, all, items, message, expires));
		var save = new Button(getTranslation(share == null ? "share.create" : "action.save"),
				click -> save(services.sharing(), share, saved));
		save.setId("save-share");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private void configureFields(Services services) {
		client.setId("share-client");
		client.setItems(services.clients().clients());
		client.setItemLabelGenerator(ClientAccount::name);
		product.setId("share-product");
		product.setItems(services.strategy().products());
		product.setItemLabelGenerator(Product::name);
		all.setId("share-all-items");
		items.setId("share-items");
		items.setItemLabelGenerator(RoadmapItem::title);
		items.setVisible(false);
		all.addValueChangeListener(change -> items.setVisible(!change.getValue()));
		product.addValueChangeListener(change -> items.setItems(change.getValue() == null ? List.of()
				: services.roadmap().items(change.getValue().id()).stream().filter(RoadmapItem::shareable).toList()));
		message.setMaxLength(2000);
		expires.setId("share-expires");
		expires.setValue(services.roadmap().today().plusMonths(3));
	}

	private void show(Services services, Share share) {
		client.getListDataView()
			.getItems()
			.filter(c -> c.id().equals(share.clientId()))
			.findFirst()
			.ifPresent(client::setValue);
		product.getListDataView()
			.getItems()
			.filter(p -> p.id().equals(share.productId()))
			.findFirst()
			.ifPresent(product::setValue);
		client.setReadOnly(true);
		product.setReadOnly(true);
		all.setValue(share.allItems());
		var picked = services.sharing().pickedItems(share.id());
		items.getListDataView().getItems().filter(i -> picked.contains(i.id())).forEach(items::select);
		message.setValue(share.message() == null ? "" : share.message());
		expires.setValue(share.expiresOn());
	}

	private void save(SharingService sharing, @Nullable Share share, Runnable saved) {
		var draft = new ShareDraft(client.getValue() == null ? null : client.getValue().id(),
				product.getValue() == null ? null : product.getValue().id(), all.getValue(),
				items.getValue().stream().map(RoadmapItem::id).toList(), message.getValue(), expires.getValue());
		try {
			if (share == null) {
				var issued = sharing.share(draft);
				saved.run();
				showLinks(issued);
			}
			else {
				sharing.update(share.id(), draft, share.version());
				close();
				Feedback.success(this, "share.updated", share.clientName());
				saved.run();
			}
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex, Map.of("client", client, "product", product, "items", items, "message", message,
					"expiresOn", expires));
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			close();
			saved.run();
		}
	}

	/** Replaces the form with the share's two new links, shown this once. */
	void showLinks(IssuedShare issued) {
		removeAll();
		getFooter().removeAll();
		add(new Paragraph(getTranslation("share.links.help")),
				link("buyer-link", "share.link.buyer", issued.buyerToken()),
				link("user-link", "share.link.user", issued.userToken()));
		getFooter().add(new Button(getTranslation("action.done"), click -> close()));
	}

	private TextField link(String id, String labelKey, String token) {
		var field = new TextField(getTranslation(labelKey));
		field.setId(id);
		field.setValue(Links.absolute(IssuedShare.path(token)));
		field.setReadOnly(true);
		field.setWidthFull();
		return field;
	}

}
