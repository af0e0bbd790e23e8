package com.throughline.hypothesis.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dated entry on a hypothesis: what was observed, where it came from, who recorded it.
 */
public record Evidence(UUID id, EvidenceKind kind, LocalDate observedOn, String summary, @Nullable String source,
		@Nullable String link, @Nullable String author, OffsetDateTime recordedAt) {

}
