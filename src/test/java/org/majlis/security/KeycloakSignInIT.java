package org.majlis.security;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.meetings.RoomKind;
import org.majlis.security.keycloak.KeycloakBrowserTest;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * End to end through the real Keycloak in headless Chromium: a chair and a delegate sign in on Keycloak's form, see
 * what their room roles (kept in Majlis) let them see, and signing out ends their Keycloak session too.
 */
class KeycloakSignInIT extends KeycloakBrowserTest {

    @Test
    void a_chair_signs_in_through_keycloak_sees_their_rooms_and_signing_out_ends_the_keycloak_session() {
        signIn("pol.chair.un");

        assertThat(page.locator("#current-user")).hasText("pol.chair.un");
        var political = page.locator(".room-card[data-room-kind='" + RoomKind.POLITICAL + "']");
        assertThat(political.locator(".room-role")).hasText("Your role: Co-chair");
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.PLENARY + "'] .room-role"))
                .hasText("Your role: Agency representative");
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.ECONOMIC_SCIENTIFIC + "']")).hasCount(0);
        expectNoAdministration();

        political.locator("a.room-link").click();
        assertThat(page.locator("#my-role")).containsText("Co-chair");
        page.navigate(app("/"));

        signOut();
        assertThat(page.locator("#sign-in-title")).hasText("You have signed out");
        // The Keycloak session is gone: visiting Majlis again asks for the password instead of signing in silently.
        openMajlisAndExpectKeycloakForm();
    }

    @Test
    void a_delegate_signs_in_through_keycloak_and_sees_only_their_rooms_as_agency_representative() {
        signIn("eco.fao");

        assertThat(page.locator("#current-user")).hasText("eco.fao");
        assertThat(page.locator(".room-card")).hasCount(2);
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.ECONOMIC_SCIENTIFIC + "'] .room-role"))
                .hasText("Your role: Agency representative");
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.POLITICAL + "']")).hasCount(0);
        expectNoAdministration();

        signOut();
        openMajlisAndExpectKeycloakForm();
    }

    @Test
    void the_secretariat_gets_its_rights_from_the_realm_role_admin() {
        signIn("admin");

        assertThat(page.locator("#current-user")).hasText("admin");
        assertThat(page.locator(".room-card")).hasCount(4);
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.POLITICAL + "'] .room-role"))
                .hasText("You follow this room for the secretariat");
        // Editions, Organisations, Participants, Reference lists, Outcome documents, API tokens, Audit trail
        assertThat(page.locator("#side-nav vaadin-side-nav-item[path*='admin']")).hasCount(7);

        // The secretariat sees whose Keycloak account is linked: its own, since it just signed in.
        page.navigate(app("/admin/participants"));
        assertThat(page.getByText("Keycloak account")).isVisible();
        page.locator("#participant-search input").fill("Mariam Touré");
        var badges = page.locator("vaadin-grid-cell-content span[data-linked]")
                .filter(new Locator.FilterOptions().setVisible(true)); // the grid keeps hidden rows in the page
        assertThat(badges).hasCount(1);
        assertThat(badges).hasAttribute("data-linked", "true");

        signOut();
        openMajlisAndExpectKeycloakForm();
    }

    @Test
    void keycloaks_sign_in_form_speaks_the_language_chosen_in_majlis() {
        context.addCookies(List.of(new Cookie(LocaleSupport.COOKIE, "fr").setUrl(app("/"))));

        openMajlisAndExpectKeycloakForm();

        assertThat(page.locator("html")).hasAttribute("lang", "fr");
    }

    private void expectNoAdministration() {
        assertThat(page.locator("#side-nav vaadin-side-nav-item").first()).isVisible();
        assertThat(page.locator("#side-nav vaadin-side-nav-item[path*='admin']")).hasCount(0);
    }
}
