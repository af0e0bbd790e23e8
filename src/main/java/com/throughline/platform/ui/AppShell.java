package com.throughline.platform.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. No {@code @Push}: push is turned on per UI by the pages
 * that follow live changes ({@link LiveUpdates}).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

}
