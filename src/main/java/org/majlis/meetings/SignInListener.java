package org.majlis.meetings;

import org.majlis.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Every successful sign-in through the identity provider links the account to its participant if it is not linked
 * yet ({@link AccountLinks}). Local accounts are matched by username and need nothing here.
 */
@Component
class SignInListener {

    private static final Logger log = LoggerFactory.getLogger(SignInListener.class);

    private final AccountLinks accountLinks;

    SignInListener(AccountLinks accountLinks) {
        this.accountLinks = accountLinks;
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        var identity = CurrentUser.identityOf(event.getAuthentication());
        if (!identity.singleSignOn()) {
            return;
        }
        try {
            accountLinks.link(identity);
        } catch (RuntimeException e) {
            // Never break the sign-in itself; without a link the person sees the "not registered" page.
            log.warn("Could not link the account {} to a participant", identity.username(), e);
        }
    }
}
