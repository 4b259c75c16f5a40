package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.majlis.NoDemoSpringTest;
import org.majlis.base.Language;
import org.majlis.security.LocalAccounts;
import org.majlis.security.SetupCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Majlis as an installation first starts it (no demo mode, an empty database of its own): every page leads to the
 * setup screen; the operator chooses the secretariat's account and signs in with it; the sign-in page names no
 * account and no password, and a demo account left in the database cannot sign in. A second application context
 * (the properties below), started once for this class. Screenshots in {@code target/screenshots/first-start-*.png}.
 */
@TestPropertySource(properties = {"majlis.demo=false", "majlis.embedded-db.database=majlis_installation"})
class FirstStartIT extends BrowserTest {

    private static final String PASSWORD = "a long passphrase for the secretariat";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SetupCode setupCode;

    @AfterEach
    void backToAFreshInstallation() {
        jdbc.batchUpdate(NoDemoSpringTest.RESET_SETUP);
    }

    @Test
    void every_page_leads_to_the_setup_screen_in_english_and_in_arabic() {
        for (var path : new String[]{"/", "/login", "/rooms/1"}) {
            page.navigate(url(path));
            page.waitForURL(url -> url.endsWith("/setup"));
        }
        assertThat(page.locator("#setup-title")).hasText(text("setup.title"));
        assertThat(page.locator("#setup-code")).isVisible();
        assertThat(page.locator("#setup-username")).isVisible();
        assertThat(page.locator("#setup-password")).isVisible();
        assertThat(page.locator("#setup-confirmation")).isVisible();
        assertThat(page.locator("#setup-submit")).hasText(text("setup.submit"));
        assertThat(page.locator("#demo-banner")).hasCount(0);
        screenshot("first-start-setup-en");

        useLanguage(Language.AR);
        open("/setup");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#setup-title")).hasText(text(Language.AR, "setup.title"));
        assertThat(page.locator("#setup-submit")).hasText(text(Language.AR, "setup.submit"));
        page.locator("#setup-code input").fill(setupCode.current());
        page.locator("#setup-username input").fill("ops.secretariat");
        page.locator("#setup-password input").fill("قصيرة");
        page.locator("#setup-confirmation input").fill("قصيرة");
        page.locator("#setup-submit").click();
        assertThat(page.locator("#setup-password")).hasAttribute("invalid", "");
        assertThat(page.locator("#setup-password [slot='error-message']"))
                .hasText(text(Language.AR, "validation.setup.password-short", 12));
        assertThat(page.locator("#setup-username input")).hasCSS("direction", "ltr");
        screenshot("first-start-setup-ar");
    }

    @Test
    void the_operator_creates_the_secretariat_account_and_signs_in_with_it_while_demo_accounts_cannot() {
        demoAccountFromAnEarlierDemo();
        open("/setup");
        page.locator("#setup-code input").fill("WRONG-CODE-1234");
        page.locator("#setup-username input").fill("ops.secretariat");
        page.locator("#setup-password input").fill(PASSWORD);
        page.locator("#setup-confirmation input").fill(PASSWORD);
        page.locator("#setup-submit").click();
        assertThat(page.locator("#setup-code [slot='error-message']"))
                .hasText(text("validation.setup.code-wrong"));
        page.locator("#setup-code input").fill(setupCode.current());
        page.locator("#setup-submit").click();

        page.waitForURL(url -> url.endsWith("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("#demo-accounts")).hasCount(0);
        assertThat(page.locator("#demo-banner")).hasCount(0);
        assertThat(page.locator("body")).not().containsText(LocalAccounts.DEMO_PASSWORD + "”");
        assertThat(page.locator("body")).not().containsText("admin");
        screenshot("first-start-sign-in-en");

        submitSignIn(page, "admin", LocalAccounts.DEMO_PASSWORD);
        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.getByText(text("login.error.title"))).isVisible();

        submitSignIn(page, "ops.secretariat", PASSWORD);
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        assertThat(page.locator("#current-user")).hasText("ops.secretariat");
        assertThat(page.locator("#demo-banner")).hasCount(0);

        open("/setup");
        assertThat(page.locator("#setup-form")).hasCount(0);
        assertThat(page.locator("#current-user")).hasText("ops.secretariat");

        useLanguage(Language.AR);
        signOut();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#demo-accounts")).hasCount(0);
        screenshot("first-start-sign-in-ar");
    }

    private void demoAccountFromAnEarlierDemo() {
        jdbc.update("INSERT INTO local_account (username, password_hash, is_admin, enabled, demo)"
                + " VALUES ('admin', ?, TRUE, TRUE, TRUE)", passwordEncoder.encode(LocalAccounts.DEMO_PASSWORD));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
