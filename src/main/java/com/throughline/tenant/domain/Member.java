package com.throughline.tenant.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.throughline.platform.security.Role;

/** A person in the active workspace, with their role there. */
public record Member(UUID accountId, String displayName, String email, Role role, OffsetDateTime joinedAt) {

}
