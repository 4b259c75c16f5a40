package org.majlis.security;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.majlis.security.keycloak.KeycloakAdmin;
import org.majlis.security.keycloak.KeycloakBrowserTest;
import org.majlis.security.keycloak.KeycloakServer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Majlis sessions follow Keycloak, through the real Keycloak: when Keycloak ends someone's session (here the admin
 * console's "Sign out" on the user, through the admin REST API), their open Majlis tab lands on the sign-in form; if
 * Keycloak's back-channel call cannot reach Majlis, the next token refresh ends the session instead; a realm role
 * taken away stops counting at the next token refresh; and while Keycloak is unreachable, sessions simply go on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakSessionIT extends KeycloakBrowserTest {

    /**
     * The client's access-token lifespan that makes Majlis refresh at the first request after {@link #DUE} has passed
     * (it refreshes a minute early). Keycloak counts in whole seconds, so a token of 61 s is due for refresh between
     * 0 and 1 s after it was issued: a test that acts sooner (a fast machine) would find it still fresh.
     */
    private static final String REFRESH_AT_ONCE = "61";
    private static final long DUE = 1_200;
    private static final String ACCESS_TOKEN_LIFESPAN = "access.token.lifespan";

    private final KeycloakAdmin keycloak = KeycloakAdmin.of(KeycloakServer.shared());

    @Test
    void when_keycloak_ends_the_session_the_open_majlis_tab_lands_on_the_sign_in_form() {
        signIn("csh.unesco");
        assertThat(page.locator(".room-card a.room-link").first()).isVisible();

        keycloak.logOut("csh.unesco");

        assertThat(keycloak.sessionCount("csh.unesco")).isZero();
        // The open tab does not wait for a click: its push connection ends with the Majlis session, it reloads and
        // lands on the sign-in form (Keycloak's, since the Keycloak session is gone too).
        expectKeycloakForm();
        page.navigate(app("/"));
        expectKeycloakForm();
    }

    @Test
    void when_the_back_channel_call_cannot_reach_majlis_the_next_token_refresh_ends_the_session() {
        var username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, PASSWORD, List.of("USER", "ADMIN"));
        keycloak.setClientAttributes(Map.of(ACCESS_TOKEN_LIFESPAN, REFRESH_AT_ONCE,
                BACK_CHANNEL_LOGOUT_URL, "http://127.0.0.1:9/nobody-listens"));
        try {
            signIn(username);
            var participants = page.locator("#side-nav vaadin-side-nav-item[path*='admin/participants']");
            assertThat(participants).isVisible();

            keycloak.logOut(username);
            waitUntilTheTokenIsDue(System.nanoTime());

            participants.click();
            expectKeycloakForm();
        } finally {
            keycloak.setClientAttributes(Map.of(ACCESS_TOKEN_LIFESPAN, "", BACK_CHANNEL_LOGOUT_URL,
                    backChannelLogoutUrl()));
        }
    }

    /**
     * Last: it cuts the app off from Keycloak, and the connection it breaks can fail the next token refresh of a
     * test after it (the app then waits 30 s before checking that session again, longer than a test waits).
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void while_keycloak_is_unreachable_people_already_signed_in_carry_on() {
        var username = "carry-on-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, PASSWORD, List.of("USER", "ADMIN"));
        keycloak.setClientAttributes(Map.of(ACCESS_TOKEN_LIFESPAN, REFRESH_AT_ONCE));
        try {
            signIn(username);
            var participants = page.locator("#side-nav vaadin-side-nav-item[path*='admin/participants']");
            assertThat(participants).isVisible();

            KeycloakServer.shared().proxy().close();
            waitUntilTheTokenIsDue(System.nanoTime());
            participants.click();

            // The token refresh failed for want of Keycloak: the session goes on, and the page opens.
            assertThat(page.locator("#participant-search")).isVisible();
            assertThat(page.locator("#current-user")).hasText(username);
        } finally {
            KeycloakServer.shared().proxy().open();
            keycloak.setClientAttributes(Map.of(ACCESS_TOKEN_LIFESPAN, ""));
        }
    }

    @Test
    void a_secretariat_role_taken_away_in_keycloak_stops_counting_at_the_next_token_refresh() {
        var username = "secretary-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, PASSWORD, List.of("USER", "ADMIN"));
        keycloak.setClientAttributes(Map.of(ACCESS_TOKEN_LIFESPAN, REFRESH_AT_ONCE));
        try {
            signIn(username);
            // Editions, Organisations, Participants, Reference lists, Outcome documents, API tokens, Audit trail
            assertThat(page.locator("#side-nav vaadin-side-nav-item[path*='admin']")).hasCount(7);

            keycloak.removeRealmRole(username, "ADMIN");
            waitUntilTheTokenIsDue(System.nanoTime());

            // Still signed in, but no longer the secretariat: without a participant record of their own they now
            // see the "not registered" page (which the secretariat never sees), and no secretariat menu.
            page.navigate(app("/"));
            assertThat(page.locator("#not-registered-title")).isVisible();
            assertThat(page.locator("#side-nav vaadin-side-nav-item[path*='admin']")).hasCount(0);
        } finally {
            keycloak.setClientAttributes(Map.of(ACCESS_TOKEN_LIFESPAN, ""));
        }
    }

    /**
     * Waits until every access token issued up to {@code changedNanos} (the change in Keycloak the test then expects
     * the app to notice) is due for refresh, so that the next request refreshes it. Counted from the change, not from
     * sign-in: the page's own requests may already have refreshed the sign-in token (CI saw it: a refresh between
     * sign-in and the change gave a token still fresh when the test looked).
     */
    private static void waitUntilTheTokenIsDue(long changedNanos) {
        var left = DUE - (System.nanoTime() - changedNanos) / 1_000_000;
        if (left > 0) {
            try {
                Thread.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
