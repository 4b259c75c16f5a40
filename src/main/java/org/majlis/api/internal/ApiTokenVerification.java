package org.majlis.api.internal;

import org.majlis.api.ApiScope;
import org.majlis.security.ApiClientAuthentication;
import org.majlis.security.ApiTokenVerifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a presented API token against the stored hashes, for the API's filter chain (before anyone is signed in,
 * hence not a secured service): a well-formed token whose hash is stored and not revoked is its client. A revoked
 * token stops working at the next request.
 */
@Component
class ApiTokenVerification implements ApiTokenVerifier {

    private final ApiTokenRepository tokens;

    ApiTokenVerification(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiClientAuthentication> verify(String token) {
        if (!ApiTokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(ApiTokenSecrets.hash(token))
                .filter(stored -> !stored.isRevoked())
                .map(stored -> new ApiClientAuthentication(stored.getId(), stored.getName(),
                        stored.scopes().stream().map(ApiScope::code).collect(Collectors.toSet())));
    }
}
