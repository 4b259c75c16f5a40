package org.majlis.permissions;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

import java.util.function.Supplier;

/** Runs code signed in as someone: a local account (room roles from their assignments); "admin" is the secretariat. */
final class Actors {

    static final String ADMIN = "admin";

    private Actors() {
    }

    static <T> T as(String username, Supplier<T> work) {
        var roles = ADMIN.equals(username) ? new String[]{"ROLE_USER", "ROLE_ADMIN"} : new String[]{"ROLE_USER"};
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList(roles))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static <T> T asAdmin(Supplier<T> work) {
        return as(ADMIN, work);
    }
}
