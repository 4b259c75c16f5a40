package org.majlis.meetings.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.majlis.meetings.AccountLinks;
import org.springframework.stereotype.Component;

/**
 * Sends someone who signed in through the identity provider, but is not registered for the meeting, to
 * {@link NotRegisteredView} wherever they try to go (instead of an empty home page or an access-denied error).
 */
@Component
class NotRegisteredGuard implements VaadinServiceInitListener {

    private final AccountLinks accountLinks;

    NotRegisteredGuard(AccountLinks accountLinks) {
        this.accountLinks = accountLinks;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var target = event.getNavigationTarget();
        if (target == NotRegisteredView.class || HasErrorParameter.class.isAssignableFrom(target)) {
            return;
        }
        if (accountLinks.currentUserUnregistered()) {
            event.forwardTo(NotRegisteredView.class);
        }
    }
}
