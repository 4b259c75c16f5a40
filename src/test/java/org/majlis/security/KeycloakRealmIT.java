package org.majlis.security;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.majlis.security.keycloak.KeycloakAdmin;
import org.majlis.security.keycloak.KeycloakBrowserTest;
import org.majlis.security.keycloak.KeycloakServer;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm template {@code config/keycloak/majlis-realm.json} as Keycloak imported it: read back through the admin
 * REST API (brute-force protection, no self-registration, no username editing, unique emails, back-channel logout
 * with the session id), and its brute-force protection at work on Keycloak's own sign-in form.
 */
class KeycloakRealmIT extends KeycloakBrowserTest {

    private final KeycloakAdmin keycloak = KeycloakAdmin.of(KeycloakServer.shared());

    @Test
    void the_imported_realm_protects_against_brute_force_and_lets_nobody_register_or_rename_themselves() {
        var realm = keycloak.realm();

        assertThat(realm).containsEntry("bruteForceProtected", true)
                .containsEntry("permanentLockout", false)
                .containsEntry("failureFactor", 5)
                .containsEntry("waitIncrementSeconds", 60)
                .containsEntry("maxFailureWaitSeconds", 900)
                .containsEntry("registrationAllowed", false)
                .containsEntry("editUsernameAllowed", false)
                .containsEntry("duplicateEmailsAllowed", false)
                .containsEntry("resetPasswordAllowed", false)
                .containsEntry("sslRequired", "external")
                .containsEntry("accessTokenLifespan", 300)
                .containsEntry("revokeRefreshToken", false);
        assertThat(keycloak.clientAttributes())
                .containsEntry("backchannel.logout.session.required", "true")
                .containsEntry("backchannel.logout.revoke.offline.tokens", "false");
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_then_even_the_right_one_does_not_get_in() {
        var username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, PASSWORD, List.of("USER"));
        openMajlisAndExpectKeycloakForm();

        for (var i = 0; i < 5; i++) {
            var attempt = "wrong-" + i;
            page.waitForResponse(this::signInPost, () -> submitKeycloakForm(username, attempt));
            assertThat(page.locator("#kc-form-login")).isVisible();
        }
        page.waitForResponse(this::signInPost, () -> submitKeycloakForm(username, PASSWORD));

        assertThat(page.locator("#kc-form-login")).isVisible();
        assertThat(page).not().hasURL(app("/"));
        assertThat(keycloak.bruteForceStatus(username)).containsEntry("disabled", true);
    }

    private boolean signInPost(Response response) {
        return "POST".equals(response.request().method()) && response.url().contains("/login-actions/authenticate");
    }
}
