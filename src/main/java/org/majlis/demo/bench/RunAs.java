package org.majlis.demo.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs a service call as a given user, with the authorities their sign-in would give them (from the same
 * {@link UserDetailsService}), so that the services' {@code @PreAuthorize} rules and room checks apply exactly as for
 * that user's click. The bench's own thread (the HTTP request) has no user; the previous authentication is put back
 * afterwards.
 */
@Component
@ConditionalOnProperty(name = BenchSettings.ENABLED, havingValue = "true")
class RunAs {

    private final UserDetailsService users;

    RunAs(UserDetailsService users) {
        this.users = users;
    }

    <T> T user(String username, Supplier<T> call) {
        var user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void user(String username, Runnable call) {
        user(username, () -> {
            call.run();
            return null;
        });
    }
}
