package org.majlis.bench.driver.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.majlis.bench.driver.protocol.NodeTree;
import org.majlis.bench.driver.protocol.Participant;
import org.majlis.bench.driver.protocol.Transport;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fidelity check: real headless Chromium tabs following the room next to the simulated participants, so that a
 * run shows whether the protocol client sees the changes when a browser does. Each tab is an observer with a session
 * of its own (signed in through the same form as the driver's participants, the cookie handed to the browser) on the
 * room page; a {@code MutationObserver} in the page stamps {@code Date.now()} each time the countdown's
 * {@code target} attribute changes — when the browser has applied the push to its DOM, one step later than the
 * driver's "frame received". The driver reads the stamps after the changes; both clocks are this machine's wall
 * clock.
 */
public final class BrowserObservers implements AutoCloseable {

    /** Keeps every (value, time) the page's countdown took since the last {@link #drain}. */
    private static final String RECORDER = """
            () => {
              window.__majlisSeen = [];
              const record = el => window.__majlisSeen.push([el.getAttribute('target'), Date.now()]);
              new MutationObserver(records => {
                for (const r of records) {
                  if (r.type === 'attributes' && r.target.id === 'live-countdown') record(r.target);
                }
              }).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['target']});
            }""";

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> sessions = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    private BrowserObservers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium (the system's, never a download). */
    public static BrowserObservers start(Path chromium) {
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run",
                        // background tabs must not be throttled: each tab stands for a screen someone watches
                        "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                        "--disable-backgrounding-occluded-windows")));
        return new BrowserObservers(playwright, browser);
    }

    /**
     * Opens the room page in a new browser session signed in as {@code username}, and waits until its countdown is
     * shown.
     */
    public void open(Transport transport, URI base, String username, String password, String route)
            throws Exception {
        var login = new Participant(transport, "browser-" + username, new NodeTree(Set.of(), false), (who, change, nanos, push) -> {
        });
        login.signIn(username, password);
        var cookie = login.cookie();
        var eq = cookie.indexOf('=');
        var session = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        session.setDefaultTimeout(60_000);
        session.addCookies(List.of(new Cookie(cookie.substring(0, eq), cookie.substring(eq + 1))
                .setUrl(base.toString())));
        sessions.add(session);
        var page = session.newPage();
        page.navigate(base.resolve(route).toString());
        // the room page's live status bar (the countdown in it has a target only while someone speaks)
        page.waitForSelector("#live-status", new Page.WaitForSelectorOptions()
                .setState(WaitForSelectorState.ATTACHED));
        if (!page.url().contains(route)) {
            throw new IllegalStateException(username + ": the browser shows " + page.url() + ", not the room");
        }
        page.evaluate(RECORDER);
        pages.add(page);
    }

    public int size() {
        return pages.size();
    }

    /** The countdown's current target in each tab (null where it has none). */
    public List<String> targets() {
        return pages.stream().map(p -> (String) p.evaluate(
                "() => document.getElementById('live-countdown')?.getAttribute('target') ?? null")).toList();
    }

    /** Each tab's (value, epoch ms) stamps since the last drain, in the order they happened; clears them. */
    public List<List<Stamp>> drain() {
        var all = new ArrayList<List<Stamp>>();
        for (var page : pages) {
            @SuppressWarnings("unchecked")
            var seen = (List<List<Object>>) page.evaluate(
                    "() => { const s = window.__majlisSeen; window.__majlisSeen = []; return s; }");
            all.add(seen.stream().map(s -> new Stamp((String) s.get(0), ((Number) s.get(1)).longValue())).toList());
        }
        return all;
    }

    @Override
    public void close() {
        sessions.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }

    /** The countdown took {@code value} at {@code epochMillis} in one tab. */
    public record Stamp(String value, long epochMillis) {
    }
}
