package org.majlis.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Majlis finds its Keycloak realm (profile {@code keycloak}). Set by environment:
 * {@code MAJLIS_OIDC_ISSUER_URI}, {@code MAJLIS_OIDC_CLIENT_ID}, {@code MAJLIS_OIDC_CLIENT_SECRET} and, only when
 * Majlis reaches Keycloak at another address than the browser does (containers), {@code MAJLIS_OIDC_BACKCHANNEL_URI}.
 *
 * @param issuerUri      the realm's issuer as the browser sees it, e.g. {@code https://sso.example.org/realms/majlis}
 * @param backchannelUri the same realm as Majlis' server reaches it; empty = the issuer URI
 * @param clientId       the confidential client Majlis signs in with
 * @param clientSecret   its secret
 */
@ConfigurationProperties("majlis.oidc")
public record OidcProperties(String issuerUri, @Nullable String backchannelUri, String clientId,
                             String clientSecret) {

    public OidcProperties {
        issuerUri = stripSlash(issuerUri);
        backchannelUri = backchannelUri == null || backchannelUri.isBlank() ? issuerUri : stripSlash(backchannelUri);
    }

    /** The realm as Majlis' server reaches it (token, keys, userinfo, health check). */
    public String serverUri() {
        return backchannelUri == null ? issuerUri : backchannelUri;
    }

    private static String stripSlash(String uri) {
        var stripped = uri.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
