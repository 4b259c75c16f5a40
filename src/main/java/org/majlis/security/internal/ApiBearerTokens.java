package org.majlis.security.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.security.ApiTokenVerifier;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.util.ArrayList;

/**
 * Who a bearer token on {@code /api/**} is: a token with {@link ApiTokenVerifier#PREFIX} is an API token the
 * secretariat issued (checked by the {@code api} module against its hashes); any other is a Keycloak access token,
 * checked by Spring's JWT provider when Keycloak is configured, else refused. A refusal never says why.
 */
public final class ApiBearerTokens {

    private ApiBearerTokens() {
    }

    /** API tokens first, then (if given) Keycloak's JWTs; anything else is an invalid token. */
    public static AuthenticationManager manager(ApiTokenVerifier apiTokens, @Nullable AuthenticationProvider jwt) {
        var providers = new ArrayList<AuthenticationProvider>();
        providers.add(new ApiTokenProvider(apiTokens));
        if (jwt != null) {
            providers.add(jwt);
        }
        providers.add(new Unknown());
        return new ProviderManager(providers);
    }

    private record ApiTokenProvider(ApiTokenVerifier verifier) implements AuthenticationProvider {

        @Override
        public @Nullable Authentication authenticate(Authentication authentication) {
            var token = ((BearerTokenAuthenticationToken) authentication).getToken();
            if (!token.startsWith(ApiTokenVerifier.PREFIX)) {
                return null; // not ours: a JWT, perhaps
            }
            return verifier.verify(token).orElseThrow(() -> new InvalidBearerTokenException("Unknown API token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /** The last word: a bearer token nobody recognised (no Keycloak configured, or an API token's wrong shape). */
    private static final class Unknown implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication authentication) {
            throw new InvalidBearerTokenException("Unknown bearer token");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
