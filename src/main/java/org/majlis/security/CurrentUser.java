package org.majlis.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Reads the signed-in user from the security context (local account or OIDC). */
@Component
public class CurrentUser {

    public Optional<UserIdentity> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        return Optional.of(identityOf(authentication));
    }

    public UserIdentity require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
    }

    public boolean isAdmin() {
        return get().map(UserIdentity::admin).orElse(false);
    }

    /** The identity behind an authentication: a Keycloak (OIDC) account carries its subject and email. */
    public static UserIdentity identityOf(Authentication authentication) {
        var admin = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + Roles.ADMIN)::equals);
        if (authentication.getPrincipal() instanceof OidcUser oidc) {
            var username = firstNonNull(oidc.getPreferredUsername(), oidc.getSubject());
            var name = firstNonNull(oidc.getFullName(), username);
            return new UserIdentity(username, oidc.getEmail(), name, admin, oidc.getSubject(),
                    Boolean.TRUE.equals(oidc.getEmailVerified()));
        }
        var username = authentication.getName();
        return new UserIdentity(username, null, username, admin);
    }

    private static String firstNonNull(@Nullable String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
