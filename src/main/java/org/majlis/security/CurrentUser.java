package org.majlis.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads the signed-in user from the security context: a local account, a Keycloak sign-in (OIDC), or a Keycloak
 * access token on the read API (JWT, which reads as its user). A client system with an API token
 * ({@link ApiClientAuthentication}) is nobody: {@link #get()} is empty for it.
 */
@Component
public class CurrentUser {

    public Optional<UserIdentity> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())
                || authentication instanceof ApiClientAuthentication) {
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

    /** A client system calling the read API with an API token, not a person. */
    public boolean isApiClient() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiClientAuthentication;
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
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            // A Keycloak access token on the read API: the same account, so the same participant, as its sign-in.
            var username = firstNonNull(jwt.getClaimAsString("preferred_username"), jwt.getSubject());
            var name = firstNonNull(jwt.getClaimAsString("name"), username);
            return new UserIdentity(username, jwt.getClaimAsString("email"), name, admin, jwt.getSubject(),
                    Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")));
        }
        var username = authentication.getName();
        return new UserIdentity(username, null, username, admin);
    }

    private static String firstNonNull(@Nullable String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
