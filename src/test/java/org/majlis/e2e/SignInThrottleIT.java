package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.security.LocalAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * After five wrong passwords the sign-in page refuses even the right one for a while and says so, in English and in
 * Arabic (right-to-left). Leaves {@code target/screenshots/sign-in-throttled-{en,ar}.png}.
 */
class SignInThrottleIT extends BrowserTest {

    private static final Pattern THROTTLED = Pattern.compile("[?&]throttled=(\\d+)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void after_five_wrong_passwords_the_right_one_is_refused_with_a_message_in_english_and_arabic() {
        var username = newAccount();
        for (var i = 0; i < 5; i++) {
            submitSignIn(page, username, "wrong-" + i);
            page.waitForURL(url -> url.contains("/login?error"));
        }

        submitSignIn(page, username, LocalAccounts.DEMO_PASSWORD);

        var minutes = throttledMinutes();
        assertThat(page.getByText(text("login.throttled.title"))).isVisible();
        assertThat(page.getByText(text("login.throttled.message", minutes))).isVisible();
        assertThat(page.getByText(text("login.error.title"))).hasCount(0);
        screenshot("sign-in-throttled-en");
        open("/");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);

        useLanguage(Language.AR);
        submitSignIn(page, username, LocalAccounts.DEMO_PASSWORD);

        minutes = throttledMinutes();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.getByText(text(Language.AR, "login.throttled.title"))).isVisible();
        assertThat(page.getByText(text(Language.AR, "login.throttled.message", minutes))).isVisible();
        screenshot("sign-in-throttled-ar");
    }

    /** Waits for the sign-in page that refuses, and returns the minutes it was told. */
    private long throttledMinutes() {
        page.waitForURL(url -> THROTTLED.matcher(url).find());
        waitForVaadin();
        var matcher = THROTTLED.matcher(page.url());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    /** A local account of its own: the demo accounts are shared with the other tests of the application. */
    private String newAccount() {
        var username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO local_account (username, password_hash, is_admin, enabled, demo)"
                + " VALUES (?, ?, FALSE, TRUE, FALSE)", username, passwordEncoder.encode(LocalAccounts.DEMO_PASSWORD));
        return username;
    }
}
