package com.throughline.platform.ui;

import com.throughline.platform.security.Role;
import com.throughline.platform.security.SignedInPerson;

/**
 * Whether to offer an action in the UI. Only a courtesy: the services check the same
 * roles and refuse whatever the UI shows.
 */
public final class Permissions {

	private Permissions() {
	}

	public static boolean canEdit() {
		return has(Role.EDITOR);
	}

	public static boolean has(Role role) {
		return SignedInPerson.current()
			.flatMap(SignedInPerson::activeWorkspace)
			.map(w -> w.role().includedRoles().contains(role))
			.orElse(false);
	}

}
