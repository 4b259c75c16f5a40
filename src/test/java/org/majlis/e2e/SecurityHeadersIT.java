package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.base.ui.ErrorProbeView;
import org.majlis.meetings.RoomKind;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages carry a Content-Security-Policy, frame-ancestors, a referrer policy and nosniff, and Vaadin works under
 * that policy: on every screen (sign-in, home, a room's tabs, the matrix entry dialog, each secretariat view, an
 * error page) the browser reports no CSP violation and no uncaught script error.
 */
class SecurityHeadersIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void listen() {
        page.onConsoleMessage(message -> {
            var text = message.text();
            if (text.contains("Content Security Policy") || text.contains("Content-Security-Policy")
                    || text.contains("Refused to")) {
                problems.add(page.url() + ": " + message.type() + ": " + text);
            }
        });
        page.onPageError(error -> problems.add(page.url() + ": uncaught: " + error));
    }

    @Test
    void the_html_pages_carry_the_security_headers() {
        for (var path : List.of("/login", "/")) {
            var response = page.navigate(url(path));
            var headers = response.allHeaders();

            var csp = headers.get("content-security-policy");
            assertThat(csp).as("Content-Security-Policy of " + path).isNotNull()
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                            "base-uri 'self'", "form-action 'self'");
            assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
        }
    }

    @Test
    void forwarded_headers_are_not_trusted_unless_configured_and_the_session_cookie_is_http_only_and_lax()
            throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "majlis.example.org").build(),
                HttpResponse.BodyHandlers.ofString());

        var cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void every_screen_works_under_the_policy_without_violations_or_script_errors() {
        open("/login");
        signInThroughTheForm("eco.rapporteur");
        open("/");

        open("/rooms/" + demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC));
        for (var tab : List.of("room.tab.people", "room.tab.agenda", "room.tab.floor", "room.tab.matrix")) {
            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(text(tab))).click();
            waitForVaadin();
        }
        page.locator("#matrix-new-entry").click();
        assertThat(page.locator("#entry-dialog")).hasAttribute("opened", "");
        waitForVaadin();
        page.keyboard().press("Escape");

        open("/rooms/not-a-room");
        open("/" + ErrorProbeView.ROUTE + "?fail-navigation");

        signOut();
        signIn("admin");
        for (var path : SecretariatViews.find().paths()) {
            open(path);
        }
        page.waitForTimeout(500); // late reports (a style or font loaded after the last round trip)

        assertThat(problems).isEmpty();
    }

}
