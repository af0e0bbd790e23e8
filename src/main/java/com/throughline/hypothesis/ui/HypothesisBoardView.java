package com.throughline.hypothesis.ui;

import com.throughline.hypothesis.domain.HypothesisChanges;
import com.throughline.hypothesis.domain.HypothesisFilter;
import com.throughline.hypothesis.domain.HypothesisRow;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisSort;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.LiveUpdates;
import com.throughline.platform.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * The hypotheses by status, one column per lifecycle step, the most recently changed
 * first. Each column shows its total and its latest cards; teammates' changes show up
 * live.
 */
@Route(value = "hypotheses/board", layout = MainLayout.class)
@RolesAllowed("VIEWER")
public class HypothesisBoardView extends VerticalLayout implements HasDynamicTitle {

	static final int CARDS_PER_COLUMN = 25;

	private final HypothesisService hypotheses;

	private final Div board = new Div();

	public HypothesisBoardView(HypothesisService hypotheses, HypothesisChanges changes) {
		this.hypotheses = hypotheses;
		addClassName("page");
		board.addClassName("board");
		board.setId("board");
		add(new H2(getTranslation("hypothesis.board")),
				new RouterLink(getTranslation("hypothesis.all"), HypothesesView.class), board);
		render();
		LiveUpdates.whileAttached(this, listener -> changes.subscribe(ActiveWorkspace.tenantId(), listener),
				id -> render());
	}

	private void render() {
		board.removeAll();
		for (HypothesisStatus status : HypothesisStatus.values()) {
			var filter = new HypothesisFilter(null, null, status, null, null, null);
			int total = hypotheses.count(filter);
			var column = new Div(new H4(getTranslation("hypothesis.column", Labels.of(this, status), total)));
			column.addClassName("board-column");
			column.setId("column-" + status.name().toLowerCase());
			hypotheses.page(filter, HypothesisSort.UPDATED, false, 0, CARDS_PER_COLUMN)
				.forEach(h -> column.add(card(h)));
			if (total > CARDS_PER_COLUMN) {
				column.add(new Paragraph(getTranslation("hypothesis.more", total - CARDS_PER_COLUMN)));
			}
			board.add(column);
		}
	}

	private Div card(HypothesisRow h) {
		var link = new RouterLink(h.statement(), HypothesisView.class, HypothesisView.parameters(h.id()));
		var meta = new Span(h.productName() + (h.ownerName() == null ? "" : " · " + h.ownerName()));
		meta.addClassName("meta");
		var card = new Div(link, meta);
		card.addClassName("board-card");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hypothesis.board");
	}

}
