package com.throughline.platform.ui;

import java.util.Map;

import com.throughline.platform.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.shared.Registration;

/**
 * Shows a service's refusal next to the field it names; elsewhere as a notification. As
 * soon as the person edits that field, the field's own message comes back, so a stale
 * refusal never stays.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	public static void show(Component context, InvalidInputException refusal,
			Map<String, ? extends HasValidation> fields) {
		String message = context.getTranslation(refusal.messageKey());
		HasValidation field = fields.get(refusal.field());
		if (field == null) {
			Feedback.problem(context, refusal.messageKey());
			return;
		}
		String ownMessage = field.getErrorMessage();
		field.setErrorMessage(message);
		field.setInvalid(true);
		if (field instanceof HasValue<?, ?> value) {
			Registration[] once = new Registration[1];
			once[0] = value.addValueChangeListener(change -> {
				field.setErrorMessage(ownMessage);
				once[0].remove();
			});
		}
	}

}
