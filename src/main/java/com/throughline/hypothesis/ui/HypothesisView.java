package com.throughline.hypothesis.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import com.throughline.hypothesis.domain.Hypothesis;
import com.throughline.hypothesis.domain.HypothesisChanges;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.HypothesisStatus;
import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.NotFoundException;
import com.throughline.platform.security.ActiveWorkspace;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.LiveUpdates;
import com.throughline.platform.ui.MainLayout;
import com.throughline.platform.ui.Permissions;
import com.throughline.platform.ui.StaticContent;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentService;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.tenant.domain.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One hypothesis: the bet, its success criteria, the next step of its lifecycle (with the
 * reason when that step is not possible yet), its evidence and its outcome. Changes by
 * teammates show up live.
 */
@Route(value = "hypotheses/:hypothesisId", layout = MainLayout.class)
@RolesAllowed("VIEWER")
public class HypothesisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final HypothesisService hypotheses;

	private final StrategyService strategy;

	private final WorkspaceService workspace;

	private final EvidencePanel evidence;

	private final SegmentService segments;

	/** Also read by the thread telling of changes, to drop other hypotheses' ids. */
	private volatile @Nullable Hypothesis hypothesis;

	/**
	 * Changes made on this page whose notice has not come back yet. The page shows them
	 * already, so their notice needs no rebuild: a notice skipped for a teammate's change
	 * instead means an own notice is still to come, and that one re-reads. Used in the
	 * UI's lock only.
	 */
	private int ownChangesUnheard;

	public HypothesisView(HypothesisService hypotheses, StrategyService strategy, WorkspaceService workspace,
			HypothesisChanges changes, SegmentService segments) {
		this.segments = segments;
		this.hypotheses = hypotheses;
		this.strategy = strategy;
		this.workspace = workspace;
		this.evidence = new EvidencePanel(hypotheses, () -> ownChangesUnheard++);
		addClassName("page");
		// Only this page's hypothesis reaches the UI: a busy workspace changes many.
		LiveUpdates.whileAttached(this,
				listener -> changes.subscribeWithEvidence(ActiveWorkspace.tenantId(), changedId -> {
					var shown = hypothesis;
					if (shown != null && changedId.equals(shown.id())) {
						listener.accept(changedId);
					}
				}), this::changed);
	}

	public static RouteParameters parameters(UUID id) {
		return new RouteParameters("hypothesisId", id.toString());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String raw = event.getRouteParameters().get("hypothesisId").orElse("");
		UUID id;
		try {
			id = UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Hypothesis");
		}
		show(hypotheses.get(id));
	}

	private void changed(UUID changedId) {
		if (hypothesis == null || !changedId.equals(hypothesis.id())) {
			return;
		}
		if (ownChangesUnheard > 0) {
			ownChangesUnheard--;
		}
		else {
			show(hypotheses.get(changedId));
		}
	}

	/** Shows what a change made on this page left. */
	private void showOwnChange(Hypothesis h) {
		ownChangesUnheard++;
		show(h);
	}

	private void show(Hypothesis h) {
		if (hypothesis == null || !hypothesis.id().equals(h.id())) {
			ownChangesUnheard = 0;
		}
		hypothesis = h;
		removeAll();
		var status = new Span(Labels.of(this, h.status()));
		status.addClassNames("badge", "status-" + h.status().name().toLowerCase());
		status.setId("hypothesis-status");
		var title = new H2(h.statement());
		title.setId("page-title");
		add(new RouterLink(getTranslation("hypothesis.all"), HypothesesView.class), new HorizontalLayout(status), title,
				criteria(h), segmentTags(h), actions(h));
		if (h.status().finished()) {
			add(outcome(h));
		}
		evidence.show(h);
		add(evidence);
	}

	private Component criteria(Hypothesis h) {
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
		var box = new Div();
		box.addClassName("criteria");
		box.setId("criteria");
		box.add(StaticContent.block("facts")
			.add(fact("hypothesis.product", h.productName()))
			.add(fact("hypothesis.theory", h.theoryTitle() == null ? "—" : h.theoryTitle()))
			.add(fact("hypothesis.metric", h.metricName() == null ? "—" : h.metricName()))
			.add(fact("hypothesis.criterion",
					h.baseline() == null || h.target() == null ? "—"
							: getTranslation("hypothesis.criterion-is", number(h.baseline()), number(h.target()),
									Labels.of(this, h.direction()))))
			.add(fact("hypothesis.deadline", h.deadline() == null ? "—" : dates.format(h.deadline())))
			.add(fact("hypothesis.method", h.method() == null ? "—" : Labels.of(this, h.method())))
			.add(fact("hypothesis.owner", h.ownerName() == null ? "—" : h.ownerName()))
			.toComponent());
		if (h.status().criteriaLocked()) {
			box.add(new Paragraph(getTranslation("hypothesis.locked-note")));
		}
		if (h.overdue(LocalDate.now())) {
			var overdue = new Span(getTranslation("hypothesis.overdue"));
			overdue.addClassNames("badge", "overdue");
			box.add(overdue);
		}
		if (h.supersedesId() != null) {
			box.add(new RouterLink(getTranslation("hypothesis.supersedes"), HypothesisView.class,
					parameters(h.supersedesId())));
		}
		return box;
	}

	/** The segments this hypothesis is about; editors change them in place. */
	private Component segmentTags(Hypothesis h) {
		var all = segments.segments(true);
		var tagged = segments.segmentsOfHypothesis(h.id());
		var select = new MultiSelectComboBox<Segment>(getTranslation("hypothesis.segments"));
		select.setId("hypothesis-segments");
		select.setItems(all);
		select.setItemLabelGenerator(Segment::name);
		select.select(all.stream().filter(s -> tagged.contains(s.id())).toList());
		select.setReadOnly(!Permissions.canEdit());
		select.setWidth("32rem");
		select.addValueChangeListener(change -> {
			if (change.isFromClient()) {
				segments.tagHypothesis(h.id(), change.getValue().stream().map(Segment::id).toList());
				Feedback.success(this, "hypothesis.segments.saved");
			}
		});
		return select;
	}

	/** A criterion with its label: the page's seven are one element's HTML. */
	private StaticContent fact(String labelKey, String value) {
		return StaticContent.block("fact").add("span", getTranslation(labelKey)).add("span", value);
	}

	private Component actions(Hypothesis h) {
		var bar = new HorizontalLayout();
		bar.addClassName("no-print");
		if (!Permissions.canEdit()) {
			return bar;
		}
		if (!h.status().criteriaLocked()) {
			bar.add(button("hypothesis.edit", "edit-hypothesis",
					() -> new HypothesisDialog(hypotheses, strategy, workspace, h, this::showOwnChange).open()));
		}
		var missing = h.missingCriterion();
		if (h.status() == HypothesisStatus.DRAFT) {
			var ready = button("hypothesis.mark-ready", "mark-ready",
					() -> act(() -> hypotheses.markReady(h.id(), h.version())));
			disableWithReason(bar, ready, missing.orElse(null));
			bar.add(ready);
		}
		if (h.status() == HypothesisStatus.READY) {
			String reason = missing.orElse(
					h.deadline() != null && h.deadline().isBefore(LocalDate.now()) ? "hypothesis.deadline-past" : null);
			var start = button("hypothesis.start-test", "start-test",
					() -> act(() -> hypotheses.startTest(h.id(), h.version())));
			disableWithReason(bar, start, reason);
			bar.add(start);
		}
		if (h.status() == HypothesisStatus.TESTING) {
			bar.add(button("hypothesis.end-test", "end-test",
					() -> new EndTestDialog(hypotheses, h, this::showOwnChange).open()));
		}
		if (!h.status().finished()) {
			var abandon = button("hypothesis.abandon", "abandon",
					() -> new AbandonDialog(hypotheses, h, this::showOwnChange).open());
			abandon.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
			bar.add(abandon);
		}
		if (h.status().criteriaLocked()) {
			bar.add(button("hypothesis.revise", "revise", () -> {
				var revised = hypotheses.revise(h.id());
				getUI().ifPresent(ui -> ui.navigate(HypothesisView.class, parameters(revised.id())));
			}));
		}
		return bar;
	}

	private Button button(String key, String id, Runnable action) {
		var button = new Button(getTranslation(key), click -> action.run());
		button.setId(id);
		return button;
	}

	/**
	 * A step that is not possible yet stays visible, disabled, with the reason next to
	 * it.
	 */
	private void disableWithReason(HorizontalLayout bar, Button button, @Nullable String reasonKey) {
		if (reasonKey == null) {
			button.addThemeVariants(ButtonVariant.PRIMARY);
			return;
		}
		button.setEnabled(false);
		button.setTooltipText(getTranslation(reasonKey));
		var reason = new Span(getTranslation(reasonKey));
		reason.addClassName("reason");
		reason.setId(button.getId().orElse("") + "-reason");
		bar.add(reason);
	}

	private void act(java.util.function.Supplier<Hypothesis> transition) {
		try {
			showOwnChange(transition.get());
		}
		catch (InvalidInputException ex) {
			Feedback.problem(this, ex.messageKey());
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			show(hypotheses.get(hypothesis.id()));
		}
	}

	private Component outcome(Hypothesis h) {
		var box = new Div(new H3(getTranslation("hypothesis.outcome")));
		box.addClassName("outcome");
		box.setId("outcome");
		if (h.observed() != null) {
			box.add(new Paragraph(getTranslation(
					h.meetsTarget(h.observed()) ? "hypothesis.observed-met" : "hypothesis.observed-missed",
					number(h.observed()))));
		}
		if (h.learning() != null) {
			box.add(new Paragraph(h.learning()));
		}
		return box;
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.hypotheses");
	}

}
