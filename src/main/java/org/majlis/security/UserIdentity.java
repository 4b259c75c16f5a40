package org.majlis.security;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person as the application needs to know them. {@code subject} is the identity provider's
 * (Keycloak's) stable id for the account; it is null for the local accounts of the embedded default.
 */
public record UserIdentity(String username, @Nullable String email, String displayName, boolean admin,
                           @Nullable String subject, boolean emailVerified) {

    /** A local account (or a test's mock user): no identity-provider subject. */
    public UserIdentity(String username, @Nullable String email, String displayName, boolean admin) {
        this(username, email, displayName, admin, null, false);
    }

    /** Signed in through the identity provider: the participant is found by the linked subject, not by name. */
    public boolean singleSignOn() {
        return subject != null;
    }
}
