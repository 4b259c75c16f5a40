package org.majlis.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;

import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat issues an API token in the browser, sees it once, a client reads the API with it, and after the
 * secretariat revokes it the API refuses it; the screen in English and in Arabic. Screenshots in
 * {@code target/screenshots/api-tokens-*.png} (copied to docs/images for docs/api.md).
 */
class ApiTokensIT extends BrowserTest {

    @Test
    void the_secretariat_issues_a_token_that_reads_the_api_until_it_is_revoked() {
        signIn("admin");
        open("/admin/api-tokens");
        var name = "UN statistics portal " + System.nanoTime() % 100_000;
        page.locator("#new-api-token").click();
        page.locator("#name input").fill(name);
        page.locator("#save").click();

        var tokenField = page.locator("#issued-token input");
        assertThat(tokenField).isVisible();
        var token = tokenField.inputValue();
        assertThat(token).startsWith("mjl_");
        assertThat(page.locator("#issued-token-dialog")).containsText(text("api.tokens.issued.text"));
        screenshot("api-tokens-issued-en");

        var api = page.context().request();
        var editions = api.get(url("/api/v1/editions"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(editions.status()).isEqualTo(200);
        assertThat(editions.text()).contains("\"items\"");

        page.locator("#token-done").click();
        assertThat(page.locator("#issued-token")).hasCount(0);
        var row = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name));
        assertThat(row).isVisible();
        assertThat(page.locator("#api-tokens-grid")).not().containsText(token);
        screenshot("api-tokens-en");

        row.click();
        page.locator("#revoke-api-token").click();
        page.locator("#confirm-revoke vaadin-button[slot='confirm-button'], vaadin-confirm-dialog-overlay"
                + " [slot='confirm-button']").first().click();
        assertThat(page.locator("#api-tokens-grid")).containsText("Revoked");
        var refused = api.get(url("/api/v1/editions"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");

        // the audit trail has both (ADR 0051): issued and revoked, by the secretariat's account
        open("/admin/audit?kind=API_TOKEN");
        assertThat(page.locator("#audit-view h2")).hasText(text("audit.title"));
        assertThat(page.locator("#audit-grid")).containsText(text("audit.action.REVOKED"));
        assertThat(page.locator("#audit-grid")).containsText(text("audit.action.ISSUED"));
        auditScreenshot("audit-trail-en");

        useLanguage(Language.AR);
        open("/admin/api-tokens");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#api-tokens-view h2")).hasText(text(Language.AR, "api.tokens.title"));
        screenshot("api-tokens-ar");

        open("/admin/audit?kind=API_TOKEN");
        assertThat(page.locator("#audit-view h2")).hasText(text(Language.AR, "audit.title"));
        assertThat(page.locator("#audit-grid")).containsText(text(Language.AR, "audit.action.REVOKED"));
        auditScreenshot("audit-trail-ar");
    }

    @Test
    void the_api_is_browsable_at_api_docs_without_signing_in() {
        page.navigate(url("/api/docs"));
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Majlis read API");
        assertThat(page.locator("section.swagger-ui")).containsText("/api/v1/matrix-entries");
        screenshot("api-docs-en");
    }

    @Test
    void a_chair_is_refused_the_screen() {
        signIn("eco.chair.un");
        page.navigate(url("/admin/api-tokens"));
        waitForVaadin();
        assertThat(page.locator("#side-nav")).not().containsText(text("nav.api-tokens"));
        assertThat(page.locator("#api-tokens-view")).hasCount(0);
    }

    /** The audit trail's screenshots, copied to docs/images for docs/operations.md. */
    private void auditScreenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", name + ".png")));
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
