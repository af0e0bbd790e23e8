package com.throughline.sharing.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.segment.domain.Segment;
import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.ClientDraft;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.tenant.domain.Member;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Adds a key client or edits one: name, segment, annual contract value, account owner.
 */
class ClientDialog extends Dialog {

	private final TextField name = new TextField(getTranslation("client.name"));

	private final ComboBox<Segment> segment = new ComboBox<>(getTranslation("client.segment"));

	private final BigDecimalField acv = new BigDecimalField(getTranslation("client.acv"));

	private final ComboBox<Member> owner = new ComboBox<>(getTranslation("client.owner"));

	ClientDialog(KeyClientService clients, List<Segment> segments, List<Member> members, @Nullable ClientAccount client,
			Consumer<ClientAccount> saved) {
		setHeaderTitle(getTranslation(client == null ? "client.create" : "client.edit"));
		name.setId("client-name");
		name.setMaxLength(200);
		name.setRequiredIndicatorVisible(true);
		segment.setId("client-segment");
		segment.setItems(segments);
		segment.setItemLabelGenerator(Segment::name);
		segment.setClearButtonVisible(true);
		acv.setId("client-acv");
		owner.setId("client-owner");
		owner.setItems(members);
		owner.setItemLabelGenerator(Member::displayName);
		owner.setClearButtonVisible(true);
		if (client != null) {
			name.setValue(client.name());
			segments.stream().filter(s -> s.id().equals(client.segmentId())).findFirst().ifPresent(segment::setValue);
			acv.setValue(client.annualContractValue());
			members.stream().filter(m -> m.accountId().equals(client.ownerId())).findFirst().ifPresent(owner::setValue);
		}
		add(new FormLayout(name, segment, acv, owner));
		var save = new Button(getTranslation("action.save"), click -> save(clients, client, saved));
		save.setId("save-client");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

	private void save(KeyClientService clients, @Nullable ClientAccount client, Consumer<ClientAccount> saved) {
		var draft = new ClientDraft(name.getValue(), segment.getValue() == null ? null : segment.getValue().id(),
				acv.getValue(), owner.getValue() == null ? null : owner.getValue().accountId());
		try {
			saved.accept(client == null ? clients.createClient(draft)
					: clients.updateClient(client.id(), draft, client.version()));
			close();
		}
		catch (InvalidInputException ex) {
			FieldErrors.show(this, ex,
					Map.of("name", name, "segment", segment, "annualContractValue", acv, "owner", owner));
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			close();
			saved.accept(client);
		}
	}

}
