package org.majlis.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Tells {@link SignInThrottle} how each password sign-in ended, from Spring Security's authentication events: every
 * failure (wrong password, unknown or disabled account) counts against the username and the client address; a
 * success clears the username's count.
 */
public class SignInThrottleEvents {

    private final SignInThrottle throttle;

    public SignInThrottleEvents(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
                && attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            throttle.failed(attempt.getName(), details.getRemoteAddress());
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            throttle.succeeded(signedIn.getName());
        }
    }
}
