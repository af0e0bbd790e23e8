package com.throughline.sharing.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A shared roadmap, per quarter, in the terms of the persona it was shared with: the
 * buyer reads outcomes, ROI and the strategic why; the user reads what changes in their
 * daily work.
 */
class SharedRoadmapPanel extends Section {

	/** Marks an item important; answers whether it was recorded. */
	interface Reaction {

		boolean react(java.util.UUID itemId, String comment);

	}

	private final Reaction reaction;

	SharedRoadmapPanel(SharedRoadmap roadmap) {
		this(roadmap, null);
	}

	SharedRoadmapPanel(SharedRoadmap roadmap, @org.jspecify.annotations.Nullable Reaction reaction) {
		this.reaction = reaction;
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
	 * page holds; only the reaction is a component.
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
			card.add(reactButton(item, card));
		}
		return card;
	}

	/**
	 * "Important to us" records the reaction at once; only then does the card offer a
	 * comment, which replaces the reaction's (one reaction per item).
	 */
	private Button reactButton(SharedRoadmap.SharedItem item, Div card) {
		var button = new Button(getTranslation("shared.react"), VaadinIcon.STAR.create());
		button.addClassNames("react", "no-print");
		button.addClickListener(click -> {
			if (reaction.react(item.id(), null)) {
				button.setEnabled(false);
				var done = new Span(getTranslation("shared.react.done"));
				done.addClassNames("badge", "status-validated");
				card.add(done, commentBox(item));
			}
		});
		return button;
	}

	private Div commentBox(SharedRoadmap.SharedItem item) {
		var comment = new TextField();
		comment.setPlaceholder(getTranslation("shared.react.comment"));
		comment.setAriaLabel(getTranslation("shared.react.comment"));
		comment.setMaxLength(1000);
		var send = new Button(getTranslation("shared.react.send"));
		send.addClassName("react-comment");
		send.addClickListener(click -> {
			if (!comment.getValue().isBlank() && reaction.react(item.id(), comment.getValue())) {
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
