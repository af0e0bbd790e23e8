package com.throughline.sharing.domain;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One opening of a share: when, in which persona, and by which signed-in contact (none:
 * through a link).
 */
public record ShareViewEntry(OffsetDateTime viewedAt, Persona persona, @Nullable String contactName) {

}
