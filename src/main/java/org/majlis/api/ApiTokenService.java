package org.majlis.api;

import org.jspecify.annotations.Nullable;
import org.majlis.api.internal.ApiToken;
import org.majlis.api.internal.ApiTokenRepository;
import org.majlis.api.internal.ApiTokenSecrets;
import org.majlis.base.FieldError;
import org.majlis.base.NotFoundException;
import org.majlis.base.StoredTime;
import org.majlis.base.UniqueKeys;
import org.majlis.base.UserText;
import org.majlis.base.Validation;
import org.majlis.security.CurrentUser;
import org.majlis.security.UserIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The secretariat's API tokens: one per client system, issued with the scopes it needs, shown once, revoked when
 * the system no longer needs it or the token leaked. Only the token's SHA-256 is stored; the log names a token by
 * its id and name, never by the token.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ApiTokenService {

    /** Longest name of a client system. */
    public static final int NAME_MAX = 100;
    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every token issued, newest first, revoked ones included. */
    public List<ApiTokenSummary> list() {
        return tokens.findAllByOrderByCreatedAtDescIdDesc().stream().map(ApiToken::toSummary).toList();
    }

    /**
     * A new token for the named client system with these scopes. The answer holds the token: show it once; it
     * cannot be read again. The name is required, one line, at most {@value #NAME_MAX} characters, and unique.
     */
    @Transactional
    public IssuedApiToken issue(@Nullable String name, Set<ApiScope> scopes) {
        var cleanName = UserText.lineOrNull(name);
        new Validation().required("name", cleanName).maxLength("name", cleanName, NAME_MAX).throwIfAny();
        var token = ApiTokenSecrets.newToken();
        var actor = actor();
        var stored = UniqueKeys.translate(() -> tokens.saveAndFlush(new ApiToken(cleanName,
                        ApiTokenSecrets.shownPart(token), ApiTokenSecrets.hash(token), scopes, StoredTime.now(clock),
                        actor)),
                Map.of("uk_api_token_name", new FieldError("name", "api.tokens.name-taken")));
        log.info("API token {} issued for \"{}\" with scopes {} by {}", stored.getId(), stored.getName(), scopes,
                actor);
        return new IssuedApiToken(stored.toSummary(), token);
    }

    /** Revokes the token: its next request is refused (401). Final; revoking it again changes nothing. */
    @Transactional
    public ApiTokenSummary revoke(long id) {
        var token = tokens.findById(id).orElseThrow(() -> new NotFoundException("API token", id));
        if (!token.isRevoked()) {
            var actor = actor();
            token.revoke(StoredTime.now(clock), actor);
            log.info("API token {} (\"{}\") revoked by {}", id, token.getName(), actor);
        }
        return tokens.saveAndFlush(token).toSummary();
    }

    private String actor() {
        return currentUser.get().map(UserIdentity::username).orElse("?");
    }
}
