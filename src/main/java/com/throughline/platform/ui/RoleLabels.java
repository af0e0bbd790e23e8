package com.throughline.platform.ui;

import com.throughline.platform.security.Role;
import com.vaadin.flow.component.Component;

/** A role as people read it, in their language. */
public final class RoleLabels {

	private RoleLabels() {
	}

	public static String label(Component context, Role role) {
		return context.getTranslation("role." + role.name().toLowerCase());
	}

}
