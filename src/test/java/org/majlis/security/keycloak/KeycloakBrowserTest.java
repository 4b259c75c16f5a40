package org.majlis.security.keycloak;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.majlis.security.IdentityProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Majlis with the {@code keycloak} profile on a random port, signed in to through the real Keycloak of
 * {@link KeycloakServer} in headless Chromium. One browser per test class, a fresh browser context (no cookies,
 * no Keycloak session) per test. The app is reached as {@code 127.0.0.1}: the realm's client accepts any port there,
 * and sends its back-channel logouts to this app.
 */
@ExtendWith(KeycloakExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "keycloak"})
public abstract class KeycloakBrowserTest {

    protected static final String PASSWORD = "demo";
    /** The realm client's attribute that says where Keycloak sends back-channel logouts. */
    protected static final String BACK_CHANNEL_LOGOUT_URL = "backchannel.logout.url";
    private static final double TIMEOUT = 30_000;

    private static Playwright playwright;
    private static Browser browser;
    private static String backChannelLogoutUrl = "";

    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    /** A failing test leaves a screenshot in target/playwright/&lt;class&gt;.&lt;test&gt;.png. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("majlis.oidc.issuer-uri", () -> KeycloakServer.shared().issuerUri());
    }

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT); // a first page on 2 busy cores can be slow
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        KeycloakServer.shared().proxy().open();
        pointBackChannelLogoutHere();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(TIMEOUT);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        KeycloakServer.shared().proxy().open();
    }

    private void screenshotOnFailure(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "playwright",
                    extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName()
                            + ".png")));
        }
    }

    /**
     * The realm's client sends its back-channel logouts to this Majlis, as an operator configures it on a real realm
     * (the realm file's default is the docker-compose address; Majlis' port here is random).
     */
    private void pointBackChannelLogoutHere() {
        var url = backChannelLogoutUrl();
        if (!url.equals(backChannelLogoutUrl)) {
            KeycloakAdmin.of(KeycloakServer.shared()).setClientAttributes(Map.of(BACK_CHANNEL_LOGOUT_URL, url));
            backChannelLogoutUrl = url;
        }
    }

    /** Majlis' back-channel logout endpoint, as Keycloak reaches it. */
    protected String backChannelLogoutUrl() {
        return app("/logout/connect/back-channel/" + IdentityProvider.REGISTRATION_ID);
    }

    protected String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Opens Majlis, which sends the browser to Keycloak's sign-in form. */
    protected void openMajlisAndExpectKeycloakForm() {
        page.navigate(app("/"));
        expectKeycloakForm();
    }

    protected void expectKeycloakForm() {
        page.waitForURL(url -> url.contains("/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/auth"));
        assertThat(page.locator("#kc-form-login")).isVisible();
    }

    /** Fills in and submits Keycloak's sign-in form. */
    protected void submitKeycloakForm(String username) {
        submitKeycloakForm(username, PASSWORD);
    }

    protected void submitKeycloakForm(String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /** Signs in through Keycloak and waits until Majlis shows a page of its own. */
    protected void signIn(String username) {
        openMajlisAndExpectKeycloakForm();
        submitKeycloakForm(username);
        page.waitForURL(url -> url.startsWith(app("/")));
    }

    /** Signs out with the header's button and waits for Majlis' "signed out" page. */
    protected void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.contains("/sign-in?signed-out"));
    }
}
