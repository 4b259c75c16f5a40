package org.majlis.meetings;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/** Runs test code as a local account (username, optionally the secretariat). */
final class SecurityContexts {

    private SecurityContexts() {
    }

    static <T> T as(String username, boolean admin, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var authorities = admin ? AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN")
                : AuthorityUtils.createAuthorityList("ROLE_USER");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static <T> T asAdmin(Supplier<T> action) {
        return as("admin", true, action);
    }
}
