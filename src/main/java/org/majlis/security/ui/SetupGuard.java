package org.majlis.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.majlis.security.SecretariatSetup;
import org.springframework.stereotype.Component;

/** While the first-start setup is pending, every page (the sign-in page included) leads to {@link SetupView}. */
@Component
class SetupGuard implements VaadinServiceInitListener {

    private final SecretariatSetup setup;

    SetupGuard(SecretariatSetup setup) {
        this.setup = setup;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == SetupView.class || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (setup.pending()) {
            event.forwardTo(SetupView.class);
        }
    }
}
