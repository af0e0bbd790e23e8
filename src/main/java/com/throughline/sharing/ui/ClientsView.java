package com.throughline.sharing.ui;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentService;
import com.throughline.sharing.domain.ClientAccount;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.tenant.domain.Member;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The company's key clients: segment, contract value and account owner, and the people at
 * each client (buyers and users) who may sign in to see what is shared with them.
 */
@Route(value = "clients", layout = MainLayout.class)
@Menu(title = "nav.clients", order = 34, icon = "vaadin:handshake")
@RolesAllowed("VIEWER")
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

	private final KeyClientService clients;

	private final SegmentService segments;

	private final WorkspaceService workspace;

	private final Grid<ClientAccount> grid = new Grid<>();

	public ClientsView(KeyClientService clients, SegmentService segments, WorkspaceService workspace) {
		this.clients = clients;
		this.segments = segments;
		this.workspace = workspace;
		addClassName("page");
		var create = new Button(getTranslation("client.create"), VaadinIcon.PLUS.create(), click -> edit(null));
		create.setId("create-client");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.setVisible(Permissions.canEdit());
		var header = new HorizontalLayout(new H2(getTranslation("client.title")), create);
		header.setAlignItems(Alignment.BASELINE);
		configureGrid();
		add(header, new Paragraph(getTranslation("client.help")), grid);
		refresh();
	}

	private void configureGrid() {
		Map<UUID, String> segmentNames = segments.segments(true)
			.stream()
			.collect(Collectors.toMap(Segment::id, Segment::name));
		Map<UUID, String> ownerNames = workspace.members()
			.stream()
			.collect(Collectors.toMap(Member::accountId, Member::displayName));
		var money = NumberFormat.getCurrencyInstance(getLocale());
		money.setCurrency(Currency.getInstance(segments.currency()));
		grid.setId("clients");
		grid.addColumn(ClientAccount::name).setHeader(getTranslation("client.name")).setFlexGrow(2);
		grid.addColumn(c -> nameOf(c.segmentId(), segmentNames)).setHeader(getTranslation("client.segment"));
		grid.addColumn(c -> c.annualContractValue() == null ? "" : money.format(c.annualContractValue()))
			.setHeader(getTranslation("client.acv"));
		grid.addColumn(c -> nameOf(c.ownerId(), ownerNames)).setHeader(getTranslation("client.owner"));
		grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
		grid.setEmptyStateText(getTranslation("client.empty"));
	}

	private static String nameOf(UUID id, Map<UUID, String> names) {
		return id == null ? "" : names.getOrDefault(id, "");
	}

	private HorizontalLayout actions(ClientAccount client) {
		var contacts = new Button(getTranslation("contact.title"), VaadinIcon.USERS.create(),
				click -> new ContactsDialog(clients, client).open());
		contacts.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		contacts.addClassName("client-contacts");
		var bar = new HorizontalLayout(contacts);
		if (Permissions.canEdit()) {
			var edit = new Button(getTranslation("action.edit"), click -> edit(client));
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			edit.addClassName("client-edit");
			var remove = new Button(getTranslation("action.remove"),
					click -> Feedback.confirm(this, "client.remove.title", "client.remove.message", "action.remove",
							() -> remove(client), client.name()));
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.addClassName("client-remove");
			bar.add(edit, remove);
		}
		return bar;
	}

	private void edit(ClientAccount client) {
		new ClientDialog(clients, segments.segments(true), workspace.members(), client, saved -> refresh()).open();
	}

	private void remove(ClientAccount client) {
		try {
			clients.removeClient(client.id());
			Feedback.success(this, "client.removed", client.name());
			refresh();
		}
		catch (InvalidInputException ex) {
			Feedback.problem(this, ex.messageKey());
		}
	}

	private void refresh() {
		GridRows.show(grid, clients.clients());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("client.title");
	}

}
