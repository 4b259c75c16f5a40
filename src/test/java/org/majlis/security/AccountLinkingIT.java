package org.majlis.security;

import org.junit.jupiter.api.Test;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomRole;
import org.majlis.meetings.RoomService;
import org.majlis.security.keycloak.KeycloakBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.function.Supplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak accounts and participants, through the real Keycloak: the first sign-in links the account to the
 * participant with the same email, someone Keycloak knows but the secretariat did not register sees a clear page,
 * and a disabled account never gets in.
 */
class AccountLinkingIT extends KeycloakBrowserTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;

    @Test
    void a_keycloak_account_is_linked_by_email_to_the_participant_the_secretariat_registers() {
        // Keycloak knows nkarimi; Majlis has no participant with that username or email yet.
        signIn("nkarimi");
        assertThat(page.locator("#not-registered-title")).hasText("You are not registered for this meeting");

        var registered = asAdmin(() -> {
            var edition = editions.current().orElseThrow();
            var economic = rooms.rooms(edition.id()).stream()
                    .filter(room -> room.kind() == RoomKind.ECONOMIC_SCIENTIFIC).findFirst().orElseThrow();
            var created = participants.create(new ParticipantData("Nadia Karimi", "Nadia.Karimi@majlis.example",
                    null, "Programme Officer", null));
            return participants.assign(created.id(), created.version(), edition.id(),
                    List.of(new RoomAssignment(economic.id(), RoomRole.DELEGATE)));
        });
        assertThat(registered.accountLinked()).isFalse();

        page.locator("#check-again").click();
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.ECONOMIC_SCIENTIFIC + "'] .room-role"))
                .hasText("Your role: Agency representative");
        var linked = asAdmin(() -> participants.get(registered.id()));
        assertThat(linked.accountLinked()).isTrue();

        // The secretariat unlinks: the account loses the meeting at once, and links again (same email) on request.
        asAdmin(() -> participants.unlinkAccount(linked.id(), linked.version()));
        page.navigate(app("/"));
        assertThat(page.locator("#not-registered-title")).isVisible();
        page.locator("#check-again").click();
        assertThat(page.locator(".room-card[data-room-kind='" + RoomKind.ECONOMIC_SCIENTIFIC + "']")).isVisible();
        assertThat(asAdmin(() -> participants.get(registered.id())).accountLinked()).isTrue();
    }

    @Test
    void a_keycloak_user_without_a_participant_record_sees_the_not_registered_page_wherever_they_go() {
        signIn("guest.unregistered");

        assertThat(page.locator("#not-registered-title")).hasText("You are not registered for this meeting");
        assertThat(page.locator("#not-registered-text")).containsText("guest.unregistered@majlis.example");
        page.navigate(app("/rooms/1"));
        assertThat(page.locator("#not-registered-title")).isVisible();
        assertThat(page.locator("#side-nav")).hasCount(0);

        page.locator("#check-again").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("still not registered");

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/sign-in?signed-out"));
    }

    @Test
    void a_disabled_keycloak_account_is_refused_by_keycloak_and_never_reaches_majlis() {
        openMajlisAndExpectKeycloakForm();
        submitKeycloakForm("former.delegate");

        assertThat(page.getByText("Account is disabled")).isVisible();
        page.navigate(app("/"));
        expectKeycloakForm();
    }

    private static <T> T asAdmin(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_USER", "ROLE_ADMIN")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
