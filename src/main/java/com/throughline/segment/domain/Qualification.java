package com.throughline.segment.domain;

import java.util.List;
import java.util.Map;

/**
 * How a prospect measures up to one segment: it qualifies when every required criterion
 * is met; strong signals make the fit likelier.
 */
public record Qualification(Segment segment, List<Criterion> met, List<Criterion> missingRequired,
		List<Criterion> missingSignals) {

	public boolean qualifies() {
		return missingRequired.isEmpty();
	}

	static Qualification of(Segment segment, Map<String, String> facts) {
		var met = segment.criteria().stream().filter(c -> c.metBy(facts)).toList();
		var missingRequired = segment.criteria()
			.stream()
			.filter(c -> c.strength() == CriterionStrength.REQUIRED && !c.metBy(facts))
			.toList();
		var missingSignals = segment.criteria()
			.stream()
			.filter(c -> c.strength() == CriterionStrength.STRONG_SIGNAL && !c.metBy(facts))
			.toList();
		return new Qualification(segment, met, missingRequired, missingSignals);
	}

}
