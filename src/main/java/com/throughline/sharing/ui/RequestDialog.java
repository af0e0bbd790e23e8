package com.throughline.sharing.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.roadmap.domain.RoadmapItem;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.ClientRequest;
import com.throughline.sharing.domain.ClientRequestDraft;
import com.throughline.sharing.domain.ClientRequestService;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.sharing.domain.RequestStatus;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Records a client's request or edits one: what they ask for, the item that would deliver
 * it, the item it would delay, and the decision.
 */
class RequestDialog extends Dialog {

	/** Where the dialog's pickers get their options. */
	record Choices(KeyClientService clients, StrategyService strategy, RoadmapService roadmap) {

		List<RoadmapItem> itemsOf(@Nullable Product product) {
			return product == null ? List.of() : roadmap.items(product.id());
		}

	}

	private final ComboBox<ClientAccount> client = new ComboBox<>(getTranslation("client.name"));

	private final TextField title = new TextField(getTranslation("request.request"));

	private final TextArea detail = new TextArea(getTranslation("request.detail"));

	private final ComboBox<Product> product = new ComboBox<>(getTranslation("hypothesis.product"));

	private final ComboBox<RoadmapItem> deliveredBy = new ComboBox<>(getTranslation("request.delivered-by"));

	private final ComboBox<RoadmapItem> displaces = new ComboBox<>(getTranslation("request.displaces"));

	private final Select<RequestStatus> status = new Select<>();

	private final TextArea decisionNote = new TextArea(getTranslation("request.decision-note"));

	RequestDialog(ClientRequestService requests, Choices choices, @Nullable ClientRequest request, Runnable saved) {
		setHeaderTitle(getTranslation(request == null ? "request.create" : "request.edit"));
		setWidth("44rem");
		configureFields(choices);
		if (request != null) {
			show(request, choices);
		}
		add(new Paragraph(getTranslation("request.dialog-help")),
				new FormLayout(client, title, detail, product, deliveredBy, displaces, status, decisionNote));
		var save = new Button(getTranslation("action.save"), click -> save(requests, request, saved));
		save.setId("save-request");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private void configureFields(Choices choices) {
		client.setId("request-client");
		client.setItems(choices.clients().clients());
		client.setItemLabelGenerator(ClientAccount::name);
		client.setRequiredIndicatorVisible(true);
		title.setId("request-title");
		title.setMaxLength(200);
		title.setRequiredIndicatorVisible(true);
		detail.setMaxLength(2000);
		product.setId("request-product");
		product.setItems(choices.strategy().products());
		product.setItemLabelGenerator(Product::name);
		product.setClearButtonVisible(true);
		for (var item : List.of(deliveredBy, displaces)) {
			item.setItemLabelGenerator(RoadmapItem::title);
			item.setClearButtonVisible(true);
		}
		deliveredBy.setId("request-delivered-by");
		displaces.setId("request-displaces");
		product.addValueChangeListener(change -> {
			var items = choices.itemsOf(change.getValue());
			deliveredBy.setItems(items);
			displaces.setItems(items);
		});
		status.setId("request-status");
		status.setLabel(getTranslation("request.status"));
		status.setItems(RequestStatus.values());
		status.setItemLabelGenerator(value -> Labels.of(this, value));
		status.setValue(RequestStatus.OPEN);
		decisionNote.setMaxLength(2000);
	}

	private void show(ClientRequest request, Choices choices) {
		choices.clients()
			.clients()
			.stream()
			.filter(c -> c.id().equals(request.clientId()))
			.findFirst()
			.ifPresent(client::setValue);
		title.setValue(request.title());
		detail.setValue(request.detail() == null ? "" : request.detail());
		choices.strategy()
			.products()
			.stream()
			.filter(p -> p.id().equals(request.productId()))
			.findFirst()
			.ifPresent(product::setValue);
		var items = choices.itemsOf(product.getValue());
		select(deliveredBy, items, request.deliveredBy());
		select(displaces, items, request.displaces());
		status.setValue(request.status());
		decisionNote.setValue(request.decisionNote() == null ? "" : request.decisionNote());
	}

	private static void select(ComboBox<RoadmapItem> box, List<RoadmapItem> items, @Nullable UUID id) {
		items.stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(box::setValue);
	}

	private void save(ClientRequestService requests, @Nullable ClientRequest request, Runnable saved) {
		var draft = new ClientRequestDraft(client.getValue() == null ? null : client.getValue().id(), title.getValue(),
				detail.getValue(), product.getValue() == null ? null : product.getValue().id(), idOf(deliveredBy),
				idOf(displaces), status.getValue(), decisionNote.getValue());
		try {
			if (request == null) {
				requests.record(draft);
			}
			else {
				requests.update(request.id(), draft, request.version());
			}
			close();
			saved.run();
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex,
					Map.of("client", client, "title", title, "detail", detail, "product", product, "deliveredBy",
							deliveredBy, "displaces", displaces, "status", status, "decisionNote", decisionNote));
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			close();
			saved.run();
		}
	}

	private static @Nullable UUID idOf(ComboBox<RoadmapItem> box) {
		return box.getValue() == null ? null : box.getValue().id();
	}

}
