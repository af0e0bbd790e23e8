package com.throughline.platform.ui;

import com.throughline.platform.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An object that does not exist in the active workspace, whether or not it exists
 * elsewhere.
 */
@AnonymousAllowed
public class ObjectNotFoundPage extends NotFoundPage<NotFoundException> {

}
