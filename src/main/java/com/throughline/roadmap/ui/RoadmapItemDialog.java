package com.throughline.roadmap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.roadmap.domain.Confidence;
import com.throughline.roadmap.domain.ItemStatus;
import com.throughline.roadmap.domain.Quarter;
import com.throughline.roadmap.domain.RoadmapItem;
import com.throughline.roadmap.domain.RoadmapItemDraft;
import com.throughline.roadmap.domain.RoadmapService;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentService;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyTheory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * Plans a roadmap item: what, when, why (the theory and hypotheses it serves), how sure,
 * and the two texts clients will read — the buyer's outcome and the user's change in
 * daily work.
 */
class RoadmapItemDialog extends Dialog {

	/** The Later column, as a choice in the quarter list. */
	static final Quarter LATER = new Quarter(9999, 4);

	RoadmapItemDialog(RoadmapService roadmap, SegmentService segmentService, Product product,
			List<StrategyTheory> theories, List<Hypothesis> hypotheses, @Nullable RoadmapItem item,
			Consumer<RoadmapItem> onSaved) {
		setHeaderTitle(getTranslation(item == null ? "roadmap.create" : "roadmap.edit"));
		setWidth("52rem");
		var title = new TextField(getTranslation("roadmap.title"));
		title.setId("item-title");
		title.setMaxLength(200);
		title.setRequiredIndicatorVisible(true);
		var theme = new TextField(getTranslation("roadmap.theme"));
		theme.setMaxLength(100);
		var description = new TextArea(getTranslation("product.description"));
		description.setMaxLength(2000);
		var quarter = new Select<Quarter>();
		quarter.setId("item-quarter");
		quarter.setLabel(getTranslation("roadmap.quarter"));
		List<Quarter> choices = new ArrayList<>(roadmap.window());
		Optional.ofNullable(item)
			.map(RoadmapItem::quarter)
			.filter(q -> !choices.contains(q))
			.ifPresent(q -> choices.add(0, q));
		choices.add(LATER);
		quarter.setItems(choices);
		quarter.setItemLabelGenerator(q -> q.equals(LATER) ? getTranslation("roadmap.later") : q.toString());
		quarter.setValue(item == null ? choices.getFirst() : item.quarter() == null ? LATER : item.quarter());
		var status = new Select<ItemStatus>();
		status.setLabel(getTranslation("roadmap.status"));
		status.setItems(ItemStatus.values());
		status.setItemLabelGenerator(s -> Labels.of(this, s));
		status.setValue(item == null ? ItemStatus.PLANNED : item.status());
		var confidence = new Select<Confidence>();
		confidence.setLabel(getTranslation("roadmap.confidence"));
		confidence.setItems(Confidence.values());
		confidence.setItemLabelGenerator(c -> Labels.of(this, c));
		confidence.setValue(item == null ? Confidence.MEDIUM : item.confidence());
		var theory = new ComboBox<StrategyTheory>(getTranslation("hypothesis.theory"));
		theory.setId("item-theory");
		theory.setItems(theories);
		theory.setItemLabelGenerator(StrategyTheory::title);
		theory.setClearButtonVisible(true);
		var tests = new MultiSelectComboBox<Hypothesis>(getTranslation("roadmap.hypotheses"));
		tests.setItems(hypotheses);
		tests.setItemLabelGenerator(Hypothesis::statement);
		var segments = new MultiSelectComboBox<Segment>(getTranslation("hypothesis.segments"));
		segments.setId("item-segments");
		var allSegments = segmentService.segments(false);
		segments.setItems(allSegments);
		segments.setItemLabelGenerator(Segment::name);
		if (item != null) {
			var tagged = segmentService.segmentsOfRoadmapItem(item.id());
			segments.select(allSegments.stream().filter(seg -> tagged.contains(seg.id())).toList());
		}
		var notes = new TextArea(getTranslation("roadmap.internal-notes"));
		notes.setHelperText(getTranslation("roadmap.internal.help"));
		notes.setMaxLength(4000);
		var buyer = new TextArea(getTranslation("roadmap.buyer-benefit"));
		buyer.setId("item-buyer-benefit");
		buyer.setHelperText(getTranslation("roadmap.buyer-benefit.help"));
		buyer.setMaxLength(2000);
		var user = new TextArea(getTranslation("roadmap.user-benefit"));
		user.setId("item-user-benefit");
		user.setHelperText(getTranslation("roadmap.user-benefit.help"));
		user.setMaxLength(2000);
		if (item != null) {
			title.setValue(item.title());
			theme.setValue(item.theme() == null ? "" : item.theme());
			description.setValue(item.description() == null ? "" : item.description());
			theories.stream().filter(t -> t.id().equals(item.theoryId())).findFirst().ifPresent(theory::setValue);
			tests.select(hypotheses.stream().filter(h -> item.hypothesisIds().contains(h.id())).toList());
			notes.setValue(item.internalNotes() == null ? "" : item.internalNotes());
			buyer.setValue(item.buyerBenefit() == null ? "" : item.buyerBenefit());
			user.setValue(item.userBenefit() == null ? "" : item.userBenefit());
		}
		var form = new FormLayout(title, theme, quarter, status, confidence, theory, tests, segments, description,
				notes, buyer, user);
		form.setColspan(segments, 2);
		form.setColspan(tests, 2);
		form.setColspan(description, 2);
		form.setColspan(notes, 2);
		add(form);
		var save = new Button(getTranslation("action.save"), click -> {
			var chosen = quarter.getValue() == null || quarter.getValue().equals(LATER) ? null : quarter.getValue();
			var draft = new RoadmapItemDraft(product.id(), title.getValue(), description.getValue(), theme.getValue(),
					theory.getValue() == null ? null : theory.getValue().id(),
					tests.getValue().stream().map(Hypothesis::id).toList(), chosen, status.getValue(),
					confidence.getValue(), notes.getValue(), buyer.getValue(), user.getValue());
			try {
				var saved = item == null ? roadmap.create(draft) : roadmap.update(item.id(), draft, item.version());
				segmentService.tagRoadmapItem(saved.id(), segments.getValue().stream().map(Segment::id).toList());
				close();
				onSaved.accept(saved);
			}
			catch (InvalidInputException ex) {
				FieldErrors.show(this, ex,
						Map.of("title", title, "theme", theme, "description", description, "theory", theory,
								"hypotheses", tests, "internalNotes", notes, "buyerBenefit", buyer, "userBenefit",
								user));
			}
			catch (ConcurrentEditException ex) {
				close();
				Feedback.problem(this, "edit.conflict");
			}
		});
		save.setId("save-item");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
	}

}
