package org.majlis.security;

import org.junit.jupiter.api.Test;
import org.majlis.security.keycloak.KeycloakBrowserTest;
import org.majlis.security.keycloak.KeycloakServer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** When Keycloak cannot be reached, the sign-in page says so, and carries on by itself once it is back. */
class KeycloakUnreachableIT extends KeycloakBrowserTest {

    @Test
    void the_sign_in_page_says_when_keycloak_is_unreachable_and_carries_on_when_it_is_back() throws Exception {
        var keycloak = KeycloakServer.shared().proxy();
        keycloak.close();
        Thread.sleep(IdentityProvider.REMEMBERED_FOR.toMillis() + 500); // forget an earlier "reachable"

        page.navigate(app("/"));
        page.waitForURL(url -> url.contains("/sign-in"));
        assertThat(page.locator("#sign-in-status")).hasAttribute("data-state", "unreachable");
        assertThat(page.locator("#sign-in-title")).hasText("The sign-in service is unreachable");

        keycloak.open();
        expectKeycloakForm(); // the page noticed by itself
        submitKeycloakForm("eco.fao");
        page.waitForURL(url -> url.startsWith(app("/")));
        assertThat(page.locator("#current-user")).hasText("eco.fao");
    }
}
