package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.majlis.meetings.RoomKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as the secretariat, a chair and a delegate: each lands on the 16th edition and sees the rooms they
 * take part in, their role there, and the secretariat's menu only if they are the secretariat.
 */
class SignInIT extends BrowserTest {

    private static final List<String> ALL_ROOMS = List.of("PLENARY", "POLITICAL", "ECONOMIC_SCIENTIFIC",
            "CULTURAL_SOCIAL_HUMANITARIAN");

    @Test
    void the_secretariat_signs_in_and_sees_every_room_of_the_current_edition_and_its_menu() {
        signInThroughTheForm("admin");

        assertThat(page.locator("#edition-title")).hasText(text("edition.title", 16, "Astana"));
        assertThat(page.locator(".room-card")).hasCount(4);
        assertThat(roomKinds()).containsExactlyElementsOf(ALL_ROOMS);
        assertThat(page.locator(".room-card .room-role")).hasText(new String[]{text("room.role.secretariat"),
                text("room.role.secretariat"), text("room.role.secretariat"), text("room.role.secretariat")});
        assertThat(page.locator("#current-user")).hasText("admin");
        var menu = menu();
        assertThat(menu).contains(text("nav.home"));
        for (var title : SecretariatViews.find().menuTitleKeys()) {
            assertThat(menu).contains(text(title));
        }
    }

    @Test
    void a_chair_sees_the_plenary_and_the_room_they_chair_with_their_role_and_no_secretariat_menu() {
        signIn("pol.chair.un");

        assertThat(page.locator(".room-card")).hasCount(2);
        assertThat(roles()).isEqualTo(Map.of(
                "PLENARY", text("room.your-role", text("role.DELEGATE")),
                "POLITICAL", text("room.your-role", text("role.CHAIR"))));
        assertThat(card("POLITICAL").locator(".room-actions li").first()).hasText(text("room.can.run-agenda"));
        var menu = menu();
        assertThat(menu).contains(text("nav.home"));
        for (var title : SecretariatViews.find().menuTitleKeys()) {
            assertThat(menu).doesNotContain(text(title));
        }

        card("POLITICAL").locator("a.room-link").click();

        assertThat(page.locator("#room-title")).hasText("Cooperation on Political Issues");
        assertThat(page.locator("#my-role")).hasText(text("room.your-role", text("role.CHAIR")));
        assertThat(page.locator("#room-people")).containsText("Sophie Martin");
        assertThat(page.locator("#room-people")).containsText("Carlos Mendes");
    }

    @Test
    void a_delegate_signs_in_and_sees_only_their_rooms() {
        signInThroughTheForm("eco.fao");

        assertThat(page.locator(".room-card")).hasCount(2);
        assertThat(roles()).isEqualTo(Map.of(
                "PLENARY", text("room.your-role", text("role.DELEGATE")),
                "ECONOMIC_SCIENTIFIC", text("room.your-role", text("role.DELEGATE"))));
        assertThat(page.locator(".room-cards")).not().containsText("Cooperation on Political Issues");
        assertThat(card("ECONOMIC_SCIENTIFIC").locator(".room-actions")).containsText(text("room.can.request-floor"));
        assertThat(menu()).containsExactly(text("nav.home"));
    }

    @Test
    void a_wrong_password_shows_the_translated_error_and_signs_nobody_in() {
        submitSignIn(page, "eco.fao", "not-the-password");

        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.getByText(text("login.error.title"))).isVisible();
        assertThat(page.getByText(text("login.error.message"))).isVisible();
        open("/");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void signing_out_returns_to_the_sign_in_page_and_ends_the_session() {
        signIn("pol.chair.un");

        signOut();

        assertThat(page.locator("vaadin-login-form vaadin-button[slot='submit']")).hasText(text("login.submit"));
        open("/rooms/" + demo.room(16, RoomKind.POLITICAL));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#room-title")).hasCount(0);
        assertThat(page.url()).contains("/login");
    }

    @Test
    void the_sign_in_page_and_the_home_page_load_without_a_failed_request_and_the_icon_is_served_to_anyone() {
        var failures = new CopyOnWriteArrayList<String>();
        var icons = new CopyOnWriteArrayList<Integer>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failures.add(response.status() + " " + response.url());
            }
            if (response.url().endsWith("/favicon.ico")) {
                icons.add(response.status());
            }
        });
        page.onRequestFailed(request -> failures.add("failed " + request.url() + ": " + request.failure()));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                failures.add("console: " + message.text());
            }
        });

        signInThroughTheForm("eco.fao");
        assertThat(page.locator(".room-card").first()).isVisible();
        waitForVaadin();

        assertThat(failures).as("failed requests and console errors of the sign-in and home pages").isEmpty();
        assertThat(icons).as("the browser's own requests for the icon").allMatch(status -> status == 200);
        var anonymous = newSession();
        var icon = anonymous.context().request().get(url("/favicon.ico"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).contains("icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0); // an ICO file
    }

    private Locator card(String kind) {
        return page.locator(".room-card[data-room-kind='" + kind + "']");
    }

    private List<String> roomKinds() {
        return page.locator(".room-card").all().stream().map(card -> card.getAttribute("data-room-kind")).toList();
    }

    private Map<String, String> roles() {
        assertThat(page.locator(".room-card .room-role").first()).isVisible();
        var roles = new HashMap<String, String>();
        for (var card : page.locator(".room-card").all()) {
            roles.put(card.getAttribute("data-room-kind"), card.locator(".room-role").innerText().strip());
        }
        return roles;
    }

    private List<String> menu() {
        assertThat(page.locator("#side-nav vaadin-side-nav-item").first()).isVisible();
        return page.locator("#side-nav vaadin-side-nav-item").allInnerTexts().stream().map(String::strip).toList();
    }
}
