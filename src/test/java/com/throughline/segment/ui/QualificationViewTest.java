package com.throughline.segment.ui;

import java.util.List;

import com.throughline.platform.security.Role;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class QualificationViewTest extends KaribuTest {

	@Test
	void a_mid_sized_b2b_saas_prospect_qualifies_for_mid_market_but_not_for_enterprise() {
		signInAs("vera@lumen.test");
		navigate("segments/check");
		assertThat(byId("qualification-results").getChildren()).isEmpty();
		assertThat(_find(TextField.class).stream().map(TextField::getLabel).toList()).contains("employees",
				"product type", "region", "billing", "ERP", "uses");

		_setValue(_get(TextField.class, spec -> spec.withId("fact-employees")), "500");
		_setValue(_get(TextField.class, spec -> spec.withId("fact-product-type")), "B2B SaaS");
		_click(_get(Button.class, spec -> spec.withId("check-prospect")));

		var results = results();
		assertThat(results).extracting(SegmentResult::name)
			.containsExactly("Mid-market embedded", "Enterprise operations", "SMB self-serve");
		var midMarket = results.get(0);
		assertThat(midMarket.verdict()).isEqualTo("Qualifies");
		assertThat(midMarket.text()).contains("Strong signals not seen: region is EU", "3 of 4 criteria met")
			.doesNotContain("Missing required");
		var enterprise = results.get(1);
		assertThat(enterprise.verdict()).isEqualTo("Does not qualify");
		assertThat(enterprise.text()).contains("Missing required: employees ≥ 2000", "0 of 2 criteria met");
	}

	@Test
	void a_company_without_segments_is_asked_to_define_them_first() {
		signInAs(fixtures.personIn(fixtures.tenant("No Segments Co"), Role.VIEWER));
		navigate("segments/check");

		_assertOne(Paragraph.class, spec -> spec.withText("No segment has criteria yet. Define segments first."));
		_assertNone(TextField.class);
	}

	private static List<SegmentResult> results() {
		return _find(byId("qualification-results"), Div.class, spec -> spec.withClasses("phase")).stream()
			.map(card -> new SegmentResult(_get(card, H4.class).getText(),
					_get(card, Span.class, spec -> spec.withClasses("badge")).getText(), textOf(card)))
			.toList();
	}

	record SegmentResult(String name, String verdict, String text) {
	}

}
