package org.majlis.security;

import java.util.Optional;

/**
 * Checks an API token presented as a bearer token on {@code /api/**}; implemented by the {@code api} module, which
 * keeps the issued tokens (hashed). The filter chain asks it only for tokens with {@link #PREFIX}; every other
 * bearer token is a Keycloak access token (JWT), when Keycloak is configured.
 */
public interface ApiTokenVerifier {

    /** Every API token starts with this, so that it is told apart from a JWT without a lookup. */
    String PREFIX = "mjl_";

    /** The client the token was issued to, or empty when the token is unknown or revoked. */
    Optional<ApiClientAuthentication> verify(String token);
}
