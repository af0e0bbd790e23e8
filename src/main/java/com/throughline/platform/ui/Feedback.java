package com.throughline.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Confirmations before destructive actions and short notices after them, all translated.
 */
public final class Feedback {

	private Feedback() {
	}

	public static void success(Component context, String key, Object... params) {
		Notification.show(context.getTranslation(key, params), 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
	}

	public static void problem(Component context, String key, Object... params) {
		Notification.show(context.getTranslation(key, params), 8000, Notification.Position.MIDDLE)
			.addThemeVariants(NotificationVariant.ERROR);
	}

	/**
	 * Asks before doing something that cannot be undone; {@code action} runs only on
	 * confirm.
	 */
	public static ConfirmDialog confirm(Component context, String titleKey, String messageKey, String confirmKey,
			Runnable action, Object... params) {
		var dialog = new ConfirmDialog();
		dialog.setHeader(context.getTranslation(titleKey, params));
		dialog.setText(context.getTranslation(messageKey, params));
		dialog.setCancelable(true);
		dialog.setCancelText(context.getTranslation("action.cancel"));
		dialog.setConfirmText(context.getTranslation(confirmKey));
		dialog.setConfirmButtonTheme("error primary");
		dialog.addConfirmListener(event -> action.run());
		dialog.open();
		return dialog;
	}

}
