package org.majlis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a Majlis session of the {@code keycloak} profile in step with Keycloak even when no back-channel logout
 * arrives (Majlis was unreachable, the Keycloak session merely expired, a role was taken away). On every request of
 * someone signed in through Keycloak it asks Spring's {@link OAuth2AuthorizedClientManager} for their access token;
 * once that token has (nearly) expired (the realm's access-token lifespan, 5 minutes in {@code majlis-realm.json})
 * the manager refreshes it at Keycloak, and the signed-in user is replaced by the refreshed ID token's, realm roles
 * included ({@link KeycloakSessions}). So a role removed in Keycloak stops counting within one token lifespan, and a Keycloak
 * session that has ended (the refresh is refused: {@code invalid_grant}) ends the Majlis session at the next request.
 * <p>
 * If Keycloak cannot be reached, the session goes on unchanged (people in a meeting are not thrown out because the
 * identity provider is down) and the check is tried again after {@link #RETRY_AFTER}. Not a bean: it runs once,
 * inside the security filter chain.
 */
class KeycloakSessionCheck extends OncePerRequestFilter {

    /** How long a session goes unchecked after Keycloak could not be asked. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final String RETRY_AT = KeycloakSessionCheck.class.getName() + ".retryAt";
    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionCheck.class);

    private final OAuth2AuthorizedClientManager authorizedClients;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    KeycloakSessionCheck(OAuth2AuthorizedClientManager authorizedClients, Clock clock) {
        this.authorizedClients = authorizedClients;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn
                && !retryLater(request)) {
            check(signedIn, request, response);
        }
        chain.doFilter(request, response);
    }

    private void check(OAuth2AuthenticationToken signedIn, HttpServletRequest request, HttpServletResponse response) {
        try {
            authorizedClients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                    .principal(signedIn)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
            var now = SecurityContextHolder.getContext();
            if (now.getAuthentication() != signedIn) {
                // Refreshed: the user of the new ID token, with its roles, is in place (KeycloakSessions); keep it.
                contexts.saveContext(now, request, response);
                log.debug("Tokens of {} refreshed; authorities now {}", signedIn.getName(),
                        now.getAuthentication() == null ? "none" : now.getAuthentication().getAuthorities());
            }
        } catch (ClientAuthorizationRequiredException e) {
            end(signedIn, request, response, "no token to refresh");
        } catch (OAuth2AuthorizationException e) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(e.getError().getErrorCode())) {
                end(signedIn, request, response, "Keycloak refused to refresh the token");
            } else {
                keepGoing(signedIn, request, e);
            }
        } catch (RuntimeException e) {
            keepGoing(signedIn, request, e);
        }
    }

    /** The Keycloak session is over: so is this one; the request goes on signed out (to the sign-in page). */
    private void end(OAuth2AuthenticationToken signedIn, HttpServletRequest request, HttpServletResponse response,
                     String why) {
        log.info("Ending the session of {}: its Keycloak session has ended ({})", signedIn.getName(), why);
        signOut.logout(request, response, signedIn);
    }

    private void keepGoing(OAuth2AuthenticationToken signedIn, HttpServletRequest request, RuntimeException e) {
        log.warn("Could not check the Keycloak session of {} ({}); trying again in {}", signedIn.getName(),
                e.getMessage(), RETRY_AFTER);
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(RETRY_AT, Instant.now(clock).plus(RETRY_AFTER));
        }
    }

    private boolean retryLater(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(RETRY_AT) instanceof Instant retryAt
                && Instant.now(clock).isBefore(retryAt);
    }
}
