package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The language switcher changes the whole UI to Arabic (right-to-left) or French, and the choice survives a reload,
 * a new tab and signing in again.
 */
class LanguageIT extends BrowserTest {

    @Test
    void switching_to_arabic_turns_the_page_right_to_left_and_survives_a_reload() {
        signIn("eco.fao");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");

        switchTo(page, Language.AR);

        assertArabic(page);
        assertThat(page.locator(".room-card[data-room-kind='PLENARY'] .room-link"))
                .hasText("الجلسة العامة الافتتاحية");
        assertThat(page.locator(".room-card[data-room-kind='PLENARY'] .room-link span")).hasAttribute("dir", "rtl");

        page.reload();
        waitForVaadin();
        assertArabic(page);

        var newTab = context.newPage();
        newTab.navigate(url("/"));
        assertArabic(newTab);
    }

    @Test
    void switching_to_french_changes_every_label_and_keeps_left_to_right() {
        useLanguage(Language.AR);
        signIn("pol.chair.un");
        assertArabic(page);

        switchTo(page, Language.FR);

        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("#side-nav")).containsText(text(Language.FR, "nav.home"));
        assertThat(page.locator("#sign-out")).hasText(text(Language.FR, "nav.sign-out"));
        assertThat(page.locator("#edition-title")).hasText(text(Language.FR, "edition.title", 16, "Astana"));
        assertThat(page.locator(".room-card[data-room-kind='POLITICAL'] .room-role"))
                .hasText(text(Language.FR, "room.your-role", text(Language.FR, "role.CHAIR")));
        assertThat(page.locator(".room-card[data-room-kind='POLITICAL'] .room-link"))
                .hasText("Coopération sur les questions politiques");
    }

    @Test
    void the_sign_in_page_switches_language_and_shows_a_wrong_password_in_arabic() {
        page.navigate(url("/login"));
        assertThat(page.getByText(text("login.username")).first()).isVisible();

        switchTo(page, Language.AR);

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByText(text(Language.AR, "login.username")).first()).isVisible();
        submitSignIn(page, "eco.fao", "wrong");
        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.getByText(text(Language.AR, "login.error.title"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");

        signIn("eco.fao");
        assertArabic(page);
    }

    /** Chooses a language in the header's (or sign-in page's) switcher and waits for the page to reload in it. */
    private void switchTo(Page on, Language language) {
        var label = text(language, "language." + language.code());
        on.evaluate("() => window.majlisBeforeSwitch = true");
        on.locator("#language-switcher").click();
        on.locator("vaadin-select-list-box vaadin-select-item")
                .getByText(label, new Locator.GetByTextOptions().setExact(true)).click();
        // The switcher reloads the page: wait for a new document in the new language.
        on.waitForFunction("code => !window.majlisBeforeSwitch && document.documentElement.lang === code",
                language.code());
        assertThat(on.locator("#language-switcher vaadin-select-value-button")).hasText(label);
        waitForVaadin(on);
    }

    private void assertArabic(Page on) {
        assertThat(on.locator("html")).hasAttribute("dir", "rtl");
        assertThat(on.locator("html")).hasAttribute("lang", "ar");
        assertThat(on.locator("#side-nav")).containsText(text(Language.AR, "nav.home"));
        assertThat(on.locator("#sign-out")).hasText(text(Language.AR, "nav.sign-out"));
        assertThat(on.locator("#edition-title")).hasText(text(Language.AR, "edition.title", 16, "أستانا"));
        assertThat(on.locator(".home-view > h3")).hasText(text(Language.AR, "home.your-rooms"));
    }
}
