package com.throughline.segment.ui;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.throughline.platform.ConcurrentEditException;
import com.throughline.platform.InvalidInputException;
import com.throughline.platform.ui.Feedback;
import com.throughline.platform.ui.FieldErrors;
import com.throughline.platform.ui.Labels;
import com.throughline.platform.ui.MainLayout;
import com.throughline.segment.domain.Economics;
import com.throughline.segment.domain.Personas;
import com.throughline.segment.domain.PricingUnit;
import com.throughline.segment.domain.SalesThresholds;
import com.throughline.segment.domain.Segment;
import com.throughline.segment.domain.SegmentDraft;
import com.throughline.segment.domain.SegmentService;
import com.throughline.segment.domain.Tier;
import com.throughline.strategy.domain.Product;
import com.throughline.strategy.domain.StrategyService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Writes a segment: its observable criteria, its buyer and user personas, its economics
 * (with the revenue math shown as you type) and its success criteria.
 */
@Route(value = "segments/new", layout = MainLayout.class)
@RouteAlias(value = "segments/:segmentId/edit", layout = MainLayout.class)
@RolesAllowed("EDITOR")
public class SegmentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** More than anyone can reach; well within a bigint. */
	private static final java.math.BigDecimal LARGEST_COUNT = new java.math.BigDecimal("100000000000");

	private final SegmentService segments;

	private final StrategyService strategy;

	private final TextField name = new TextField();

	private final TextArea description = new TextArea();

	private final Select<Tier> tier = new Select<>();

	private final ComboBox<Product> product = new ComboBox<>();

	private final Checkbox buyerIsUser = new Checkbox();

	private final Map<String, TextArea> texts = new java.util.LinkedHashMap<>();

	private final TextField buyerTitle = new TextField();

	private final TextField userRole = new TextField();

	private final IntegerField salesCycle = new IntegerField();

	private final BigDecimalField price = new BigDecimalField();

	private final Select<PricingUnit> unit = new Select<>();

	private final com.vaadin.flow.component.textfield.BigDecimalField reachable = new BigDecimalField();

	private final BigDecimalField conversion = new BigDecimalField();

	private final BigDecimalField target = new BigDecimalField();

	private final BigDecimalField buyerValue = new BigDecimalField();

	private final Paragraph math = new Paragraph();

	private final FormLayout userForm = new FormLayout();

	private CriteriaEditor criteria = new CriteriaEditor(List.of());

	private @Nullable Segment editing;

	private SalesThresholds thresholds = SalesThresholds.DEFAULT;

	private String currency = "USD";

	public SegmentEditorView(SegmentService segments, StrategyService strategy) {
		this.segments = segments;
		this.strategy = strategy;
		addClassName("page");
	}

	public static RouteParameters parameters(UUID id) {
		return new RouteParameters("segmentId", id.toString());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		editing = event.getRouteParameters().get("segmentId").isPresent() ? segments.get(SegmentView.idFrom(event))
				: null;
		thresholds = segments.thresholds();
		currency = segments.currency();
		build();
	}

	private void build() {
		removeAll();
		configure();
		criteria = new CriteriaEditor(editing == null ? List.of() : editing.criteria());
		var basics = new FormLayout(name, tier, product, description);
		basics.setColspan(description, 2);
		var buyerForm = new FormLayout(buyerTitle, salesCycle, area("buyerGoals", "segment.buyer-goals"),
				area("buyerSuccess", "segment.buyer-success"), area("buyingProcess", "segment.buying-process"));
		userForm.removeAll();
		userForm.add(userRole, area("userJobs", "segment.user-jobs"), area("userPains", "segment.user-pains"),
				area("userSuccess", "segment.user-success"));
		var economics = new FormLayout(price, unit, reachable, conversion, target, buyerValue);
		var success = new FormLayout(area("userEvaluation", "segment.user-evaluation"),
				area("buyerScorecard", "segment.buyer-scorecard"));
		var save = new Button(getTranslation("action.save"), click -> save());
		save.setId("save-segment");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		var cancel = new Button(getTranslation("action.cancel"), click -> leave(editing == null ? null : editing.id()));
		add(new H2(getTranslation(editing == null ? "segment.create" : "segment.edit")), basics,
				new H3(getTranslation("segment.criteria")), new Paragraph(getTranslation("segment.criteria.help")),
				criteria, new H3(getTranslation("segment.persona.buyer")), buyerIsUser, buyerForm,
				new H3(getTranslation("segment.persona.user")), userForm, new H3(getTranslation("segment.economics")),
				economics, math, new H3(getTranslation("segment.success")), success,
				new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save, cancel));
		if (editing != null) {
			show(editing);
		}
		updateMath();
		userForm.setVisible(!buyerIsUser.getValue());
	}

	private void configure() {
		name.setId("segment-name");
		name.setLabel(getTranslation("segment.name"));
		name.setMaxLength(200);
		name.setRequiredIndicatorVisible(true);
		description.setLabel(getTranslation("product.description"));
		description.setMaxLength(2000);
		tier.setId("segment-tier");
		tier.setLabel(getTranslation("segment.tier"));
		tier.setItems(Tier.values());
		tier.setItemLabelGenerator(t -> Labels.of(this, t));
		tier.setValue(Tier.SMB);
		product.setLabel(getTranslation("segment.product"));
		product.setItems(strategy.products());
		product.setItemLabelGenerator(Product::name);
		product.setClearButtonVisible(true);
		buyerIsUser.setId("buyer-is-user");
		buyerIsUser.setLabel(getTranslation("segment.buyer-is-user"));
		buyerIsUser.addValueChangeListener(change -> userForm.setVisible(!change.getValue()));
		buyerTitle.setLabel(getTranslation("segment.buyer-title"));
		buyerTitle.setMaxLength(200);
		userRole.setLabel(getTranslation("segment.user-role"));
		userRole.setMaxLength(200);
		salesCycle.setLabel(getTranslation("segment.sales-cycle"));
		salesCycle.setMin(0);
		salesCycle.setMax(120);
		price.setId("segment-price");
		price.setLabel(getTranslation("segment.price") + " (" + currency + ")");
		unit.setLabel(getTranslation("segment.pricing-unit"));
		unit.setItems(PricingUnit.values());
		unit.setItemLabelGenerator(u -> Labels.of(this, u));
		unit.setValue(PricingUnit.PER_ACCOUNT);
		reachable.setId("segment-reachable");
		reachable.setLabel(getTranslation("segment.reachable"));
		conversion.setId("segment-conversion");
		conversion.setLabel(getTranslation("segment.conversion"));
		target.setId("segment-target");
		target.setLabel(getTranslation("segment.revenue-target") + " (" + currency + ")");
		buyerValue.setLabel(getTranslation("segment.buyer-value") + " (" + currency + ")");
		buyerValue.setHelperText(getTranslation("segment.buyer-value.help"));
		math.setId("segment-math");
		for (var field : List.of(price, reachable, conversion, target, buyerValue)) {
			field.addValueChangeListener(change -> updateMath());
		}
		unit.addValueChangeListener(change -> updateMath());
	}

	private TextArea area(String key, String labelKey) {
		var area = texts.computeIfAbsent(key, k -> new TextArea());
		area.setLabel(getTranslation(labelKey));
		area.setMaxLength(key.equals("userEvaluation") || key.equals("buyerScorecard") ? 4000 : 2000);
		area.setId("segment-" + key);
		return area;
	}

	private void show(Segment s) {
		name.setValue(s.name());
		description.setValue(s.description() == null ? "" : s.description());
		tier.setValue(s.tier());
		product.getListDataView()
			.getItems()
			.filter(p -> p.id().equals(s.productId()))
			.findFirst()
			.ifPresent(product::setValue);
		var p = s.personas();
		buyerIsUser.setValue(p.buyerIsUser());
		buyerTitle.setValue(p.buyerTitle() == null ? "" : p.buyerTitle());
		userRole.setValue(p.userRole() == null ? "" : p.userRole());
		salesCycle.setValue(p.salesCycleMonths());
		set("buyerGoals", p.buyerGoals());
		set("buyerSuccess", p.buyerSuccess());
		set("buyingProcess", p.buyingProcess());
		set("userJobs", p.userJobs());
		set("userPains", p.userPains());
		set("userSuccess", p.userSuccess());
		set("userEvaluation", s.userEvaluation());
		set("buyerScorecard", s.buyerScorecard());
		var e = s.economics();
		price.setValue(e.pricePerYear());
		unit.setValue(e.unit());
		reachable.setValue(e.reachable() == null ? null : java.math.BigDecimal.valueOf(e.reachable()));
		conversion.setValue(e.conversionPercent());
		target.setValue(e.revenueTarget());
		buyerValue.setValue(e.buyerAnnualValue());
	}

	private void set(String key, @Nullable String value) {
		texts.get(key).setValue(value == null ? "" : value);
	}

	private @Nullable String text(String key) {
		return texts.get(key).getValue();
	}

	/** The revenue math as the person types, exactly as the service will compute it. */
	private void updateMath() {
		var e = economics();
		var locale = getLocale();
		String revenue = e.annualRevenue().map(r -> Money.format(r, currency, locale)).orElse("—");
		String needed = e.customersNeeded().map(n -> Money.number(n, locale)).orElse("—");
		String motion = e.salesMotion(thresholds).map(m -> Labels.of(this, m)).orElse("—");
		math.setText(getTranslation("segment.math", revenue, needed, motion));
	}

	private Economics economics() {
		Long count = null;
		if (reachable.getValue() != null) {
			var value = reachable.getValue();
			count = value.stripTrailingZeros().scale() <= 0
					&& value.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) < 0 ? value.longValue()
							: -1L;
		}
		return new Economics(price.getValue(), unit.getValue(), count, conversion.getValue(), target.getValue(),
				buyerValue.getValue());
	}

	private void save() {
		criteria.clearProblem();
		if (reachable.getValue() != null && reachable.getValue().stripTrailingZeros().scale() > 0) {
			reachable.setErrorMessage(getTranslation("segment.reachable.whole"));
			reachable.setInvalid(true);
			return;
		}
		if (reachable.getValue() != null && reachable.getValue().compareTo(LARGEST_COUNT) > 0) {
			reachable.setErrorMessage(getTranslation("segment.reachable.too-large"));
			reachable.setInvalid(true);
			return;
		}
		var personas = new Personas(buyerIsUser.getValue(), buyerTitle.getValue(), text("buyerGoals"),
				text("buyerSuccess"), text("buyingProcess"), salesCycle.getValue(), userRole.getValue(),
				text("userJobs"), text("userPains"), text("userSuccess"));
		var draft = new SegmentDraft(product.getValue() == null ? null : product.getValue().id(), name.getValue(),
				description.getValue(), tier.getValue(), criteria.criteria(), personas, economics(),
				text("userEvaluation"), text("buyerScorecard"));
		try {
			var saved = editing == null ? segments.create(draft)
					: segments.update(editing.id(), draft, editing.version());
			Feedback.success(this, "segment.saved");
			leave(saved.id());
		}
		catch (InvalidInputException ex) {
			if (ex.field().startsWith("criteria")) {
				int index = ex.field().contains(".") ? Integer.parseInt(ex.field().substring(9)) : -1;
				criteria.showProblem(getTranslation(ex.messageKey()), index);
				return;
			}
			Map<String, HasValidation> fields = new java.util.HashMap<>(texts);
			fields.put("name", name);
			fields.put("tier", tier);
			fields.put("pricePerYear", price);
			fields.put("reachable", reachable);
			fields.put("conversionPercent", conversion);
			fields.put("revenueTarget", target);
			fields.put("buyerAnnualValue", buyerValue);
			fields.put("salesCycleMonths", salesCycle);
			fields.put("buyerTitle", buyerTitle);
			fields.put("userRole", userRole);
			FieldErrors.show(this, ex, fields);
		}
		catch (ConcurrentEditException ex) {
			Feedback.problem(this, "edit.conflict");
			editing = segments.get(editing.id());
			build();
		}
	}

	private void leave(@Nullable UUID id) {
		getUI().ifPresent(ui -> {
			if (id == null) {
				ui.navigate(SegmentsView.class);
			}
			else {
				ui.navigate(SegmentView.class, SegmentView.parameters(id));
			}
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation(editing == null ? "segment.create" : "segment.edit");
	}

}
