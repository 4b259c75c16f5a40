package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.majlis.BrowserlessViewTest;
import org.majlis.base.Language;
import org.majlis.base.ui.ErrorProbeView;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Paths;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No unhandled exception reaches a user: a failure while opening a page shows the translated "something went wrong"
 * page (status 500) and a failure in a button's listener a translated notification — each with a reference that
 * the log repeats next to the details, which never reach the page. Servlet-level errors show no stack trace either.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT extends BrowserTest {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-F]{8}");

    @Test
    void a_page_that_fails_while_opening_shows_the_translated_error_page_without_java_details(CapturedOutput log) {
        signIn("eco.fao");

        var response = page.navigate(url("/" + ErrorProbeView.ROUTE + "?fail-navigation"));
        waitForVaadin();

        assertThat(response.status()).isEqualTo(500);
        assertThat(page.locator("#internal-error h2")).hasText(text("error.internal.title"));
        screenshot("error-page-en");
        var reference = page.locator("#error-reference").innerText().strip();
        assertThat(reference).matches(REFERENCE);
        assertNoJavaIn(page.locator("body").innerText());
        assertThat(log.getAll()).contains(reference).contains(ErrorProbeView.DETAIL)
                .contains("IllegalStateException");
    }

    @Test
    void the_error_page_is_translated() {
        useLanguage(Language.AR);
        signIn("eco.fao");

        open("/" + ErrorProbeView.ROUTE + "?fail-navigation");

        assertThat(page.locator("#internal-error h2")).hasText(text(Language.AR, "error.internal.title"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        screenshot("error-page-ar");
        assertNoJavaIn(page.locator("body").innerText());
    }

    @Test
    void a_button_that_fails_shows_a_translated_notification_and_the_log_has_the_details(CapturedOutput log) {
        signIn("eco.fao");
        open("/" + ErrorProbeView.ROUTE);

        page.locator("#probe-fail").click();

        var notification = page.locator("vaadin-notification-card");
        assertThat(notification).isVisible();
        var shown = BrowserlessViewTest.read(notification.innerText()); // as read: without the isolates around the reference
        var reference = REFERENCE.matcher(shown);
        assertThat(reference.find()).as("a reference in " + shown).isTrue();
        assertThat(shown).contains(text("error.unexpected", reference.group()));
        screenshot("error-notification-en");
        assertNoJavaIn(shown);
        assertThat(log.getAll()).contains(reference.group()).contains(ErrorProbeView.DETAIL);
    }

    @Test
    void a_servlet_error_shows_no_stack_trace() {
        signIn("eco.fao");

        var response = page.context().request().get(url("/VAADIN/..%2F..%2Fetc/passwd"));

        assertThat(response.status()).isGreaterThanOrEqualTo(400);
        assertNoJavaIn(response.text());
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    private static void assertNoJavaIn(String text) {
        assertThat(text).doesNotContain(ErrorProbeView.DETAIL, "Exception", "java.", "org.majlis", "\tat ");
    }
}
