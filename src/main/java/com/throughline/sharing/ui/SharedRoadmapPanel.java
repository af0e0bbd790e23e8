package com.throughline.sharing.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.platform.ui.StaticContent;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.sharing.domain.Persona;
import com.throughline.sharing.domain.SharedRoadmap;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import org.jspecify.annotations.Nullable;

/**
 * A shared roadmap, per quarter, in the terms of the persona it was shared with: the
 * buyer reads outcomes, ROI and the strategic why; the user reads what changes in their
 * daily work.
 */
class SharedRoadmapPanel extends Section {

	/** Marks an item important; answers whether it was recorded. */
	interface Reaction {

		boolean react(UUID itemId, @Nullable String comment);

	}

	/**
	 * The item an "Important to us" button names, read in the browser when it is clicked.
	 */
	static final String REACTED_ITEM = "event.target.closest('button.react:not([disabled])')?.dataset.item";

	private final @Nullable Reaction reaction;

	/** The cards not reacted to yet on this page, with their "Important to us" block. */
	private final Map<UUID, Unreacted> unreacted = new HashMap<>();

	private record Unreacted(Div card, Div action) {
	}

	SharedRoadmapPanel(SharedRoadmap roadmap) {
		this(roadmap, null);
	}

	SharedRoadmapPanel(SharedRoadmap roadmap, @Nullable Reaction reaction) {
		this.reaction = reaction;
		if (reaction != null) {
			getElement().addEventListener("click", this::reacted)
				.addEventData(REACTED_ITEM)
				.setFilter(REACTED_ITEM + " != null");
		}
		addClassName("shared-roadmap");
		setId(roadmap.persona() == Persona.BUYER ? "buyer-view" : "user-view");
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
		add(new Paragraph(getTranslation("shared.from", roadmap.companyName(), roadmap.clientName())),
				new H1(roadmap.productName()), new H2(getTranslation(
						roadmap.persona() == Persona.BUYER ? "shared.buyer-title" : "shared.user-title")));
		if (roadmap.message() != null) {
			var message = new Paragraph(roadmap.message());
			message.addClassName("vision");
			add(message);
		}
		byQuarter(roadmap.items()).forEach((quarter, items) -> {
			var column = new Div(new H3(quarter));
			column.addClassName("shared-quarter");
			items.forEach(item -> column.add(card(item, roadmap.persona())));
			add(column);
		});
		add(new Paragraph(getTranslation("shared.valid-until", dates.format(roadmap.expiresOn()))));
	}

	/**
	 * One item: what it says is {@link StaticContent}, as items are most of what a client
	 * page holds, and so is its "Important to us" button, which the panel listens for.
	 */
	private Div card(SharedRoadmap.SharedItem item, Persona persona) {
		var content = StaticContent.block("shared-item")
			.add("h3", item.title())
			.add("span", getTranslation("item-status." + item.status().toLowerCase().replace('_', '-')), "badge")
			.add("p", item.benefit());
		if (persona == Persona.BUYER && item.why() != null) {
			content.add("p", getTranslation("shared.why", item.why()));
		}
		var card = new Div(content.toComponent());
		card.addClassName("phase");
		if (reaction != null) {
			var action = reactButton(item.id(), true).toComponent();
			unreacted.put(item.id(), new Unreacted(card, action));
			card.add(action);
		}
		return card;
	}

	private StaticContent reactButton(UUID item, boolean enabled) {
		return StaticContent.block("shared-actions", "no-print")
			.button("\u2605 " + getTranslation("shared.react"), item.toString(), enabled, "react");
	}

	/**
	 * "Important to us" records the reaction at once; only then does the card offer a
	 * comment, which replaces the reaction's (one reaction per item).
	 */
	private void reacted(DomEvent click) {
		var item = StaticContent.itemNamed(click, REACTED_ITEM).orElse(null);
		var pending = item == null ? null : unreacted.get(item);
		if (pending == null || reaction == null || !reaction.react(item, null)) {
			return;
		}
		unreacted.remove(item);
		var recorded = reactButton(item, false)
			.add("span", getTranslation("shared.react.done"), "badge", "status-validated")
			.toComponent();
		pending.card().replace(pending.action(), recorded);
		pending.card().add(commentBox(item));
	}

	private Div commentBox(UUID item) {
		var comment = new TextField();
		comment.setPlaceholder(getTranslation("shared.react.comment"));
		comment.setAriaLabel(getTranslation("shared.react.comment"));
		comment.setMaxLength(1000);
		var send = new Button(getTranslation("shared.react.send"));
		send.addClassName("react-comment");
		send.addClickListener(click -> {
			if (!comment.getValue().isBlank() && reaction.react(item, comment.getValue())) {
				comment.setReadOnly(true);
				send.setVisible(false);
			}
		});
		var box = new Div(comment, send);
		box.addClassNames("react-box", "no-print");
		return box;
	}

	private Map<String, List<SharedRoadmap.SharedItem>> byQuarter(List<SharedRoadmap.SharedItem> items) {
		Map<String, List<SharedRoadmap.SharedItem>> groups = new LinkedHashMap<>();
		for (var item : items) {
			String label = item.quarterStart() == null ? getTranslation("roadmap.later") : label(item.quarterStart());
			groups.computeIfAbsent(label, k -> new java.util.ArrayList<>()).add(item);
		}
		return groups;
	}

	private static String label(LocalDate start) {
		return Quarter.of(start).toString();
	}

}
