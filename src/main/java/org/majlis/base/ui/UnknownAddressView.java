package org.majlis.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Any address that no other view takes ({@code /foo}, {@code /rooms/}): the translated "page not found" page with
 * status 404. Without it such an address is no route at all, and Vaadin's security configuration answers it with an
 * empty 403 that the browser shows as its own error page. Signed-out visitors are asked to sign in first, as
 * anywhere else, so the page reveals nothing about which addresses exist.
 */
@Route(":path*")
@PermitAll
public class UnknownAddressView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
