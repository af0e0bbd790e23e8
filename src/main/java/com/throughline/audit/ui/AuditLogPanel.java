package com.throughline.audit.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Stream;

import com.throughline.audit.domain.AuditEntry;
import com.throughline.audit.domain.AuditFilter;
import com.throughline.platform.ui.GridRows;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** An audit log, newest first, filtered by kind of action and by text, paged in SQL. */
class AuditLogPanel extends VerticalLayout {

	/** Reads one page of entries for a filter. */
	interface Source {

		Stream<AuditEntry> page(AuditFilter filter, int offset, int limit);

		int count(AuditFilter filter);

	}

	private static final String ALL = "all";

	private final Grid<AuditEntry> grid = new Grid<>();

	private final Select<String> kind = new Select<>();

	private final TextField text = new TextField();

	AuditLogPanel(String titleKey, List<String> actionPrefixes, Source source) {
		addClassName("page");
		setSizeFull();
		kind.setId("audit-kind");
		kind.setLabel(getTranslation("audit.kind"));
		kind.setItems(Stream.concat(Stream.of(ALL), actionPrefixes.stream()).toList());
		kind.setItemLabelGenerator(prefix -> getTranslation("audit.kind." + prefix.replace(".", "")));
		kind.setValue(ALL);
		text.setId("audit-text");
		text.setLabel(getTranslation("action.search"));
		text.setPrefixComponent(VaadinIcon.SEARCH.create());
		text.setClearButtonVisible(true);
		text.setValueChangeMode(ValueChangeMode.LAZY);
		kind.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
		var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
		grid.setId("audit-log");
		grid.addColumn(e -> when.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
		grid.addColumn(e -> e.actor() == null ? getTranslation("audit.system") : e.actor())
			.setHeader(getTranslation("audit.who"));
		grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.what"));
		grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target"));
		grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details"));
		grid.setItems(query -> source.page(filter(), query.getOffset(), query.getLimit()),
				query -> source.count(filter()));
		GridRows.oneQueryPerViewport(grid);
		grid.setEmptyStateText(getTranslation("audit.empty"));
		var filters = new HorizontalLayout(kind, text);
		filters.setAlignItems(Alignment.BASELINE);
		add(new H2(getTranslation(titleKey)), filters, grid);
	}

	private AuditFilter filter() {
		return new AuditFilter(ALL.equals(kind.getValue()) ? null : kind.getValue(), text.getValue());
	}

}
