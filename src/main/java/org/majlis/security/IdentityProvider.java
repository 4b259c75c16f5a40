package org.majlis.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The identity provider (Keycloak) of the {@code keycloak} profile, as the sign-in page needs it: where to send the
 * browser, and whether the provider answers right now. Majlis never asks Keycloak anything at start-up, so it starts
 * (and shows a clear message) while Keycloak is down, and carries on as soon as it is back.
 */
public class IdentityProvider {

    /** Spring Security's path that starts the authorisation-code flow for the one registration. */
    public static final String REGISTRATION_ID = "keycloak";
    public static final String LOGIN_URL = "/oauth2/authorization/" + REGISTRATION_ID;

    private static final Logger log = LoggerFactory.getLogger(IdentityProvider.class);
    /** How long an answer is remembered. */
    public static final Duration REMEMBERED_FOR = Duration.ofSeconds(3);

    private final URI discovery;
    private final HttpClient http;
    private final Clock clock;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean reachable;
    private volatile boolean known;

    public IdentityProvider(OidcProperties properties, Clock clock) {
        this.discovery = URI.create(properties.serverUri() + "/.well-known/openid-configuration");
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** Whether the realm answers now (remembered for a few seconds so a crowd signing in asks once). */
    public boolean reachable() {
        var now = Instant.now(clock);
        if (now.isBefore(checkedAt.plus(REMEMBERED_FOR))) {
            return reachable;
        }
        var answer = ask();
        if (!known || answer != reachable) {
            if (answer) {
                log.info("Identity provider {} answers", discovery);
            } else {
                log.warn("Identity provider {} is unreachable; sign-in waits for it", discovery);
            }
        }
        reachable = answer;
        known = true;
        checkedAt = now;
        return answer;
    }

    public String loginUrl() {
        return LOGIN_URL;
    }

    private boolean ask() {
        try {
            var request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
