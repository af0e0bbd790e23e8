package com.throughline.platform.ui;

import java.util.Map;

import com.throughline.platform.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Shows a service's refusal next to the field it names; elsewhere as a notification. */
public final class FieldErrors {

	private FieldErrors() {
	}

	public static void show(Component context, InvalidInputException refusal,
			Map<String, ? extends HasValidation> fields) {
		String message = context.getTranslation(refusal.messageKey());
		HasValidation field = fields.get(refusal.field());
		if (field != null) {
			field.setErrorMessage(message);
			field.setInvalid(true);
		}
		else {
			Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
		}
	}

}
