package com.throughline.demo;

import java.math.BigDecimal;
import java.util.UUID;

import com.throughline.segment.domain.CriterionStrength;
import com.throughline.segment.domain.Operator;
import com.throughline.segment.domain.PricingUnit;
import com.throughline.segment.domain.Tier;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import static com.throughline.db.Tables.SEGMENT;
import static com.throughline.db.Tables.SEGMENT_CRITERION;

/** The demo companies' segments, with criteria, personas and numbers. */
final class DemoSegments {

	private final DSLContext db;

	private final UUID tenant;

	private UUID segment;

	private int criteria;

	private DemoSegments(DSLContext db, UUID tenant) {
		this.db = db;
		this.tenant = tenant;
	}

	static void lumen(DSLContext db, UUID tenant) {
		var demo = new DemoSegments(db, tenant);
		demo.segment("SMB self-serve", Tier.SMB, "Finance teams at small SaaS companies buying online.", false,
				"Head of finance", "Close the books faster", "Payback within a quarter", "Credit card, no procurement",
				0, "Finance analyst", "Monthly reporting", "Spreadsheet copy-paste", "Reports in minutes", "49",
				PricingUnit.PER_USER, 40000, "6", "2000000", "1200")
			.criterion("employees", Operator.LTE, "200", CriterionStrength.REQUIRED)
			.criterion("billing", Operator.EQ, "subscription", CriterionStrength.REQUIRED)
			.criterion("uses", Operator.CONTAINS, "Stripe", CriterionStrength.STRONG_SIGNAL);
		demo.segment("Mid-market embedded", Tier.MID_MARKET,
				"B2B software vendors embedding analytics in their product.", false, "VP Product",
				"Ship analytics without a data team", "ROI versus building in-house", "Product and security review", 3,
				"Product manager", "Roadmap analytics features", "Months of custom dashboards", "Dashboards in days",
				"12000", PricingUnit.PER_ACCOUNT, 3000, "8", "3000000", "48000")
			.criterion("employees", Operator.GTE, "200", CriterionStrength.REQUIRED)
			.criterion("employees", Operator.LT, "2000", CriterionStrength.REQUIRED)
			.criterion("product type", Operator.EQ, "B2B SaaS", CriterionStrength.REQUIRED)
			.criterion("region", Operator.EQ, "EU", CriterionStrength.STRONG_SIGNAL);
		demo.segment("Enterprise operations", Tier.ENTERPRISE,
				"Operations teams in large companies standardising on one analytics platform.", false, "CFO",
				"Trusted numbers across business units", "Risk, compliance and ROI", "Committee with procurement", 9,
				"Operations analyst", "Weekly business reviews", "Numbers that disagree", "One source of truth",
				"90000", PricingUnit.PER_ACCOUNT, 400, "10", "5000000", "400000")
			.criterion("employees", Operator.GTE, "2000", CriterionStrength.REQUIRED)
			.criterion("ERP", Operator.CONTAINS, "S/4HANA", CriterionStrength.STRONG_SIGNAL);
	}

	static void streamly(DSLContext db, UUID tenant) {
		var demo = new DemoSegments(db, tenant);
		demo.segment("Festival lovers", Tier.CONSUMER, "Viewers who follow film festivals and independent cinema.",
				true, null, null, null, null, null, "Film enthusiast", "Find the next film worth watching",
				"Algorithmic blockbusters everywhere", "A programme that feels personal", "96", PricingUnit.PER_USER,
				500000, "3", "1500000", null)
			.criterion("age", Operator.GTE, "25", CriterionStrength.REQUIRED)
			.criterion("watches documentaries", Operator.EQ, "yes", CriterionStrength.REQUIRED)
			.criterion("country", Operator.EQ, "ES", CriterionStrength.STRONG_SIGNAL);
		demo.segment("Film schools", Tier.SMB, "Schools licensing the catalogue for their students.", false,
				"Head of studies", "A rich catalogue for teaching", "Cost per student", "Annual budget cycle", 4,
				"Film student", "Study directors' work", "Films hard to find", "Everything in one place", "3000",
				PricingUnit.PER_ACCOUNT, 1200, "15", "500000", "9000")
			.criterion("students", Operator.GTE, "100", CriterionStrength.REQUIRED)
			.criterion("teaches film", Operator.EQ, "yes", CriterionStrength.REQUIRED);
		demo.segment("Arthouse cinemas", Tier.MID_MARKET, "Independent cinemas streaming to their members.", false,
				"Cinema director", "Keep members engaged between screenings", "Member retention", "Owner decides", 2,
				"Programmer", "Curate the monthly programme", "Little digital reach", "Members watch more", "8000",
				PricingUnit.PER_ACCOUNT, 900, "5", "400000", "20000")
			.criterion("screens", Operator.GTE, "1", CriterionStrength.REQUIRED)
			.criterion("membership programme", Operator.EQ, "yes", CriterionStrength.STRONG_SIGNAL);
	}

	private DemoSegments segment(String name, Tier tier, String description, boolean buyerIsUser,
			@Nullable String buyerTitle, @Nullable String buyerGoals, @Nullable String buyerSuccess,
			@Nullable String process, @Nullable Integer cycle, String userRole, String jobs, String pains,
			String userSuccess, String price, PricingUnit unit, long reachable, String conversion, String target,
			@Nullable String buyerValue) {
		segment = UUID.randomUUID();
		criteria = 0;
		db.insertInto(SEGMENT)
			.set(SEGMENT.TENANT_ID, tenant)
			.set(SEGMENT.ID, segment)
			.set(SEGMENT.NAME, name)
			.set(SEGMENT.DESCRIPTION, description)
			.set(SEGMENT.TIER, tier)
			.set(SEGMENT.BUYER_IS_USER, buyerIsUser)
			.set(SEGMENT.BUYER_TITLE, buyerTitle)
			.set(SEGMENT.BUYER_GOALS, buyerGoals)
			.set(SEGMENT.BUYER_SUCCESS, buyerSuccess)
			.set(SEGMENT.BUYING_PROCESS, process)
			.set(SEGMENT.SALES_CYCLE_MONTHS, cycle)
			.set(SEGMENT.USER_ROLE, userRole)
			.set(SEGMENT.USER_JOBS, jobs)
			.set(SEGMENT.USER_PAINS, pains)
			.set(SEGMENT.USER_SUCCESS, userSuccess)
			.set(SEGMENT.PRICE_PER_YEAR, new BigDecimal(price))
			.set(SEGMENT.PRICING_UNIT, unit)
			.set(SEGMENT.REACHABLE_COUNT, reachable)
			.set(SEGMENT.CONVERSION_PERCENT, new BigDecimal(conversion))
			.set(SEGMENT.REVENUE_TARGET, new BigDecimal(target))
			.set(SEGMENT.BUYER_ANNUAL_VALUE, buyerValue == null ? null : new BigDecimal(buyerValue))
			.set(SEGMENT.USER_EVALUATION, "Productivity: " + userSuccess + ". Joy: people recommend it to a colleague.")
			.set(SEGMENT.BUYER_SCORECARD, buyerSuccess == null ? null : "ROI: " + buyerSuccess + ".")
			.execute();
		return this;
	}

	private DemoSegments criterion(String attribute, Operator operator, String value, CriterionStrength strength) {
		db.insertInto(SEGMENT_CRITERION)
			.set(SEGMENT_CRITERION.TENANT_ID, tenant)
			.set(SEGMENT_CRITERION.ID, UUID.randomUUID())
			.set(SEGMENT_CRITERION.SEGMENT_ID, segment)
			.set(SEGMENT_CRITERION.POSITION, criteria++)
			.set(SEGMENT_CRITERION.ATTRIBUTE, attribute)
			.set(SEGMENT_CRITERION.OPERATOR, operator)
			.set(SEGMENT_CRITERION.VALUE, value)
			.set(SEGMENT_CRITERION.STRENGTH, strength)
			.execute();
		return this;
	}

}
