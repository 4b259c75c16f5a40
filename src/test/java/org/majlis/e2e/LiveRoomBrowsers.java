package org.majlis.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.base.ui.Translations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Several people in the same room at once, each in their own headless Chromium session: sign in, open a room, pick
 * a tab. A minimal helper for the live room's end-to-end test and benchmark (the team's shared {@code BrowserTest}
 * base can replace it once it is in main).
 */
final class LiveRoomBrowsers implements AutoCloseable {

    static final int TIMEOUT_MS = 30_000;

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> sessions = new ArrayList<>();

    LiveRoomBrowsers(int port) {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    /** A new browser session (its own cookies), signed in as the user, in the given language ("en", "fr", "ar"). */
    Page signIn(String username, String language) {
        var session = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        session.setDefaultTimeout(TIMEOUT_MS);
        session.addCookies(List.of(new Cookie(LocaleSupport.COOKIE, language).setUrl(baseUrl)));
        sessions.add(session);
        var page = session.newPage();
        page.navigate(baseUrl + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        assertThat(page.locator("#current-user")).hasText(username);
        return page;
    }

    Page signIn(String username) {
        return signIn(username, "en");
    }

    void openRoom(Page page, long roomId) {
        page.navigate(baseUrl + "/rooms/" + roomId);
        assertThat(page.locator("#live-status")).isVisible();
    }

    /** Clicks the room page's tab with this (translated) label. */
    static void tab(Page page, String label) {
        page.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(label))
                .click();
    }

    /** An English text from the translation files, so the test checks the translated UI without copying it. */
    static String text(String key, Object... args) {
        return text("en", key, args);
    }

    static String text(String language, String key, Object... args) {
        var properties = new Properties();
        var file = "/vaadin-i18n/translations_" + language + ".properties";
        try (var in = LiveRoomBrowsers.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var value = properties.getProperty(key);
        return args.length == 0 ? value : Translations.format(value, Locale.forLanguageTag(language), args);
    }

    @Override
    public void close() {
        sessions.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}
