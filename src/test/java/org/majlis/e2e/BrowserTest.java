package org.majlis.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.majlis.DemoIds;
import org.majlis.base.Language;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.base.ui.Translations;
import org.majlis.security.LocalAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base class of the end-to-end tests: Majlis runs in-process on a random port with the {@code test} profile
 * (a fresh embedded MariaDB with the demo data seeded), driven by Playwright in headless Chromium
 * ({@code /usr/bin/chromium}; Playwright downloads no browser, Failsafe sets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}).
 *
 * <h2>Writing an end-to-end test</h2>
 * Name the class {@code …IT} (Failsafe runs it in {@code ./mvnw verify}), extend this class and use {@link #page}:
 * <pre>{@code
 * class FloorIT extends BrowserTest {
 *
 *     @Test
 *     void a_delegate_requests_the_floor() {
 *         signIn("eco.fao");
 *         open("/rooms/" + demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC));
 *         page.getByText(text("floor.request")).click();
 *         assertThat(page.locator("#speakers")).containsText("Jean-Marc Lefèvre");
 *     }
 * }
 * }</pre>
 * <ul>
 *   <li><b>One browser per class, a clean session per test.</b> Chromium starts once per test class; each test
 *       gets a new {@link #page} in a session without cookies (so signed out, no language chosen); the browser cache
 *       is kept, which spares reloading Vaadin's scripts. A second person at the same time (a chair and a delegate,
 *       a push reaching another browser): {@link #newSession()}.</li>
 *   <li><b>Signing in</b>: {@link #signIn(String)} (quick, over HTTP; then the current edition is open) or
 *       {@link #signInThroughTheForm(String)} when the sign-in page itself is under test.</li>
 *   <li><b>One application for all.</b> Every subclass shares one Spring context, so the app starts once per
 *       Failsafe JVM. Do not add {@code @MockitoBean}, {@code @TestPropertySource} or other context changes in a
 *       subclass: each variant starts another application (and another 30 s or more). Data a test creates stays for
 *       the others: give it unique names, and do not change the demo data other tests rely on.</li>
 *   <li><b>Wait for what the user waits for, never sleep.</b> Playwright's locators and
 *       {@code assertThat(locator)} wait on their own (up to {@link #TIMEOUT_MS}); wait for a {@code vaadin-*}
 *       element, an id or a text. {@link #waitForVaadin()} waits until Flow has no request in flight.</li>
 *   <li><b>Texts come from the translation files</b>: {@link #text(String, Object...)} (English) and
 *       {@link #text(Language, String, Object...)}, so a test checks the translated UI without copying its words.</li>
 *   <li><b>Ids of demo data</b>: {@link #demo} ({@code demo.room(16, RoomKind.POLITICAL)},
 *       {@code demo.participant("eco.fao")}). Demo accounts and their roles: README and {@code demo/DemoPeople}.</li>
 *   <li>A failing test leaves a screenshot in {@code target/playwright/<class>.<test>.png}.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** How long a locator, navigation or assertion waits (the first page of a dev-mode app is slow). */
    protected static final int TIMEOUT_MS = 30_000;

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Paths.get("target", "playwright");
    private static final Map<Language, Properties> TRANSLATIONS = new EnumMap<>(Language.class);

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static Playwright playwright;
    private static Browser browser;
    /** The class's browser session: kept across its tests for the browser cache; cookies are cleared per test. */
    private static BrowserContext classContext;

    /** The signed-out browser session of this test; {@link #page} belongs to it. */
    protected BrowserContext context;
    /** The page (tab) this test drives. */
    protected Page page;
    /** Ids of the demo editions, rooms and people. */
    protected DemoIds demo;

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    private final List<BrowserContext> sessions = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

    @BeforeAll
    static void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
        classContext = configure(browser.newContext(contextOptions()));
    }

    @AfterAll
    static void closeBrowser() {
        if (classContext != null) {
            classContext.close();
            classContext = null;
        }
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openSession() {
        demo = new DemoIds(jdbc);
        context = classContext;
        context.clearCookies();
        page = context.newPage();
    }

    @AfterEach
    void closeSessions() {
        context.pages().forEach(Page::close);
        context.clearCookies();
        sessions.forEach(BrowserContext::close);
        sessions.clear();
    }

    /** Another person in another browser session (own cookies), e.g. a delegate while {@link #page} is the chair. */
    protected Page newSession() {
        var session = configure(browser.newContext(contextOptions()));
        sessions.add(session);
        return session.newPage();
    }

    /** Another person at the same time, as {@link #newSession()}, who has chosen {@code language}. */
    protected Page newSession(Language language) {
        var other = newSession();
        other.context().addCookies(List.of(new Cookie(LocaleSupport.COOKIE, language.code()).setUrl(url("/"))));
        return other;
    }

    /** The absolute URL of a path of the running app ({@code "/rooms/5"}). */
    protected String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** Opens a path of the app in {@link #page} and waits until Vaadin has rendered it. */
    protected void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /**
     * Signs in with a demo account (password {@code demo}) and opens the current edition's page. Quick: it posts the
     * sign-in form over HTTP in this browser session instead of rendering the sign-in page (that page has tests of
     * its own, see {@link #signInThroughTheForm}).
     */
    protected void signIn(String username) {
        signIn(page, username);
    }

    /** Signs in on another page (e.g. one from {@link #newSession()}), as {@link #signIn(String)}. */
    protected void signIn(Page on, String username) {
        var http = on.context().request();
        var loginPage = http.get(url("/login")).text();
        var csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        var signedIn = http.post(url("/login"), RequestOptions.create().setForm(FormData.create()
                .set("username", username).set("password", LocalAccounts.DEMO_PASSWORD).set("_csrf", csrf.group(1))));
        if (signedIn.url().contains("/login")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + signedIn.url());
        }
        on.navigate(url("/"));
        assertThat(on.locator("vaadin-app-layout")).isVisible();
        waitForVaadin(on);
    }

    /** Signs in as a person would, through the sign-in page, and waits for the current edition's page. */
    protected void signInThroughTheForm(String username) {
        submitSignIn(page, username, LocalAccounts.DEMO_PASSWORD);
        page.waitForURL(url -> !url.contains("/login"), new Page.WaitForURLOptions().setTimeout(TIMEOUT_MS));
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        waitForVaadin();
    }

    /** Opens the sign-in page, fills in the form and submits it, without waiting for the outcome. */
    protected void submitSignIn(Page on, String username, String password) {
        on.navigate(url("/login"));
        var form = on.locator("vaadin-login-form");
        form.locator("input[name='username']").fill(username);
        form.locator("input[name='password']").fill(password);
        form.locator("vaadin-button[slot='submit']").click();
    }

    /** Signs out through the header button and waits for the sign-in page. */
    protected void signOut() {
        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(TIMEOUT_MS));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    /** Remembers a language for this session as the language switcher does (before the next page load). */
    protected void useLanguage(Language language) {
        context.addCookies(List.of(new Cookie(LocaleSupport.COOKIE, language.code()).setUrl(url("/"))));
    }

    /** Waits until the Vaadin client of {@link #page} has finished its round trips. */
    protected void waitForVaadin() {
        waitForVaadin(page);
    }

    protected static void waitForVaadin(Page on) {
        on.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())",
                null, new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    /** An English UI text from the translation files, formatted as the app does. */
    protected static String text(String key, Object... args) {
        return text(Language.EN, key, args);
    }

    /** A UI text in a language from the translation files, formatted as the app does ({@link Translations}). */
    protected static String text(Language language, String key, Object... args) {
        var value = translations(language).getProperty(key);
        Objects.requireNonNull(value, () -> "no translation " + key + " in " + language);
        return args.length == 0 ? value : Translations.format(value, language.locale(), args);
    }

    /** A browser that asks for English (the app's language then follows the switcher's cookie). */
    private static Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setLocale("en-US");
    }

    private static BrowserContext configure(BrowserContext session) {
        session.setDefaultTimeout(TIMEOUT_MS);
        session.setDefaultNavigationTimeout(TIMEOUT_MS);
        return session;
    }

    private static synchronized Properties translations(Language language) {
        return TRANSLATIONS.computeIfAbsent(language, l -> {
            var resource = "vaadin-i18n/translations_" + l.code() + ".properties";
            try (var in = BrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
                var properties = new Properties();
                properties.load(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
                return properties;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void screenshotOnFailure(ExtensionContext extension) {
        if (extension.getExecutionException().isEmpty() || page == null || page.isClosed()) {
            return;
        }
        var name = extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
