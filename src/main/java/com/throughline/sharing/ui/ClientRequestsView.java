package com.throughline.sharing.ui;

import java.util.Optional;

import com.throughline.platform.ui.GridRows;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.sharing.domain.ClientRequest;
import com.throughline.sharing.domain.ClientRequestService;
import com.throughline.sharing.domain.KeyClientService;
import com.throughline.sharing.domain.RequestStatus;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * What key clients have asked for, each written as a trade-off: doing X for client Y
 * delays Z. Recording a request promises nothing; the status says what the team decided.
 */
@Route(value = "requests", layout = MainLayout.class)
@Menu(title = "nav.requests", order = 36, icon = "vaadin:comment-ellipsis-o")
@RolesAllowed("VIEWER")
public class ClientRequestsView extends VerticalLayout implements HasDynamicTitle {

	private final ClientRequestService requests;

	private final Grid<ClientRequest> grid = new Grid<>();

	private final Select<Optional<RequestStatus>> status = new Select<>();

	private final RequestDialog.Choices choices;

	public ClientRequestsView(ClientRequestService requests, KeyClientService clients, StrategyService strategy,
			RoadmapService roadmap) {
		this.requests = requests;
		this.choices = new RequestDialog.Choices(clients, strategy, roadmap);
		addClassName("page");
		var record = new Button(getTranslation("request.create"), VaadinIcon.PLUS.create(), click -> edit(null));
		record.setId("create-request");
		record.addThemeVariants(ButtonVariant.PRIMARY);
		record.setVisible(Permissions.canEdit());
		var header = new HorizontalLayout(new H2(getTranslation("request.title")), record);
		header.setAlignItems(Alignment.BASELINE);
		status.setId("request-status-filter");
		status.setLabel(getTranslation("request.status"));
		status.setItems(Optional.empty(), Optional.of(RequestStatus.OPEN), Optional.of(RequestStatus.ACCEPTED),
				Optional.of(RequestStatus.DECLINED));
		status.setItemLabelGenerator(
				value -> value.map(s -> Labels.of(this, s)).orElseGet(() -> getTranslation("request.status.all")));
		status.setValue(Optional.empty());
		status.addValueChangeListener(change -> refresh());
		configureGrid();
		add(header, new Paragraph(getTranslation("request.help")), status, grid);
		refresh();
	}

	private void configureGrid() {
		grid.setId("requests");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(ClientRequest::clientName).setHeader(getTranslation("client.name")).setAutoWidth(true);
		grid.addColumn(ClientRequest::title).setHeader(getTranslation("request.request")).setFlexGrow(2);
		grid.addColumn(request -> TradeOff.of(this, request))
			.setHeader(getTranslation("request.trade-off"))
			.setFlexGrow(3);
		grid.addColumn(request -> Labels.of(this, request.status()))
			.setHeader(getTranslation("request.status"))
			.setAutoWidth(true);
		if (Permissions.canEdit()) {
			grid.addComponentColumn(request -> {
				var edit = new Button(getTranslation("action.edit"), click -> edit(request));
				edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
				edit.addClassName("request-edit");
				return edit;
			}).setAutoWidth(true).setFlexGrow(0);
		}
		grid.setEmptyStateText(getTranslation("request.empty"));
	}

	private void edit(ClientRequest request) {
		new RequestDialog(requests, choices, request, this::refresh).open();
	}

	private void refresh() {
		GridRows.show(grid, requests.requests(status.getValue().orElse(null)));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("request.title");
	}

}
