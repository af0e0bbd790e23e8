package com.throughline.hypothesis.ui;

import java.math.BigDecimal;
import java.util.UUID;

import com.throughline.hypothesis.domain.Direction;
import com.throughline.hypothesis.domain.HypothesisDraft;
import com.throughline.hypothesis.domain.HypothesisService;
import com.throughline.hypothesis.domain.TestMethod;
import com.throughline.platform.security.Role;
import com.throughline.strategy.domain.Market;
import com.throughline.strategy.domain.ProductDraft;
import com.throughline.strategy.domain.StrategyService;
import com.throughline.support.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HypothesisStepReasonTest extends KaribuTest {

	@Autowired
	StrategyService strategy;

	@Autowired
	HypothesisService hypotheses;

	@Test
	void the_reason_a_step_is_not_possible_yet_stands_next_to_its_button() {
		signInAs(fixtures.personIn(fixtures.tenant("Reason Co"), Role.EDITOR));
		UUID product = strategy.createProduct(new ProductDraft("Reason", Market.SMB, null)).id();
		UUID id = hypotheses
			.create(new HypothesisDraft(product, null, "We believe that reasons help", "Helpfulness",
					new BigDecimal("1"), new BigDecimal("2"), Direction.INCREASE, null, TestMethod.SURVEY, null))
			.id();
		navigate("hypotheses/" + id);

		var markReady = _get(Button.class, spec -> spec.withId("mark-ready"));
		var reason = _get(Span.class, spec -> spec.withId("mark-ready-reason"));
		assertThat(reason.getText()).isEqualTo("Set a deadline first.");
		assertThat(reason.getParent()).as("the reason shares the action bar with its button")
			.isEqualTo(markReady.getParent());
	}

}
