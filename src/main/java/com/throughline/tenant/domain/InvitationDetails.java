package com.throughline.tenant.domain;

import com.throughline.platform.security.Role;

/** What the holder of a valid invitation link sees before accepting. */
public record InvitationDetails(String tenantName, String email, Role role, boolean accountExists) {

}
