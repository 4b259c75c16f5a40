package org.majlis.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.meetings.RoomKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Typing the address of a page one may not open shows the translated access-denied page, and none of the page's
 * data.
 */
class AccessDeniedIT extends BrowserTest {

    @Test
    void a_delegate_opening_a_room_without_a_role_in_it_is_refused_and_sees_none_of_it() {
        signIn("eco.fao");

        open("/rooms/" + demo.room(16, RoomKind.POLITICAL));

        assertAccessDenied(Language.EN);
        assertThat(page.locator("#room-title")).hasCount(0);
        assertThat(page.locator("#room-people")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Cooperation on Political Issues");
        assertThat(page.locator("body")).not().containsText("Sophie Martin");
    }

    @Test
    void the_refusal_is_translated() {
        useLanguage(Language.AR);
        signIn("pol.chair.un");

        open("/rooms/" + demo.room(15, RoomKind.POLITICAL));

        assertAccessDenied(Language.AR);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#room-title")).hasCount(0);
    }

    @Test
    void a_room_that_does_not_exist_is_refused_like_any_other_room() {
        signIn("eco.fao");

        open("/rooms/999999999");

        assertAccessDenied(Language.EN);
    }

    @Test
    void the_secretariat_following_a_stale_room_link_sees_page_not_found() {
        signIn("admin");

        open("/rooms/999999999");

        assertThat(page.locator("#not-found h2")).hasText(text("error.not-found.title"));
        assertThat(page.locator("body")).not().containsText("NotFoundException");
    }

    @Test
    void the_same_room_opens_for_its_own_delegate() {
        signIn("eco.fao");

        open("/rooms/" + demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC));

        assertThat(page.locator("#room-title")).hasText("Cooperation on Economic and Scientific Issues");
        assertThat(page.locator("#access-denied")).hasCount(0);
    }

    @Test
    void a_delegate_opening_a_secretariat_page_is_refused() {
        var secretariat = SecretariatViews.find();
        Assumptions.assumeFalse(secretariat.paths().isEmpty(), "no secretariat (@RolesAllowed ADMIN) views yet");
        signIn("eco.fao");

        for (var path : secretariat.paths()) {
            open(path);
            assertAccessDenied(Language.EN);
            assertThat(page.locator("vaadin-grid")).hasCount(0);
            assertThat(page.locator("vaadin-form-layout")).hasCount(0);
        }
    }

    @Test
    void someone_signed_out_opening_a_room_is_asked_to_sign_in() {
        open("/rooms/" + demo.room(16, RoomKind.PLENARY));

        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#room-title")).hasCount(0);
    }

    private void assertAccessDenied(Language language) {
        assertThat(page.locator("#access-denied h2")).hasText(text(language, "error.access-denied.title"));
        assertThat(page.locator("#access-denied")).containsText(text(language, "error.access-denied.text"));
    }
}
