package org.majlis.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Test only (never packaged): a page that fails as a bug would — its button throws an unexpected exception, and
 * opening it with {@code ?fail-navigation} throws while navigating — so the tests can check what a user sees then.
 */
@Route(ErrorProbeView.ROUTE)
@PermitAll
public class ErrorProbeView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "test-only/error-probe";
    /** Part of the exceptions' messages: must reach the log and never the page. */
    public static final String DETAIL = "probe-detail-7c1e";

    public ErrorProbeView() {
        var fail = new Button("fail", click -> {
            throw new IllegalStateException("Unexpected failure in a click listener " + DETAIL);
        });
        fail.setId("probe-fail");
        add(fail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("fail-navigation")) {
            throw new IllegalStateException("Unexpected failure while navigating " + DETAIL);
        }
    }
}
