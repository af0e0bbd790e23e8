package com.throughline.platform.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Unknown routes and routes the person may not open. */
@AnonymousAllowed
public class RouteNotFoundPage extends NotFoundPage<NotFoundException> {

}
