package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.majlis.e2e.BenchReport.percentile;
import static org.majlis.e2e.LiveRoomBrowsers.tab;
import static org.majlis.e2e.LiveRoomBrowsers.text;

/**
 * Benchmark, not a test (skipped unless {@code -Dmajlis.bench=true}; see {@code bench/README.md}): the time from
 * a click in one browser to the change in another browser, measured with one clock (both pages run in the same
 * Chromium on the same machine: {@code Date.now()} just before the click, and in the other page a
 * {@code MutationObserver} stamping {@code Date.now()} when the change lands in its DOM).
 * <ol>
 *     <li>chair → observer: the chair clicks "+30 s"; the observer's countdown gets its new deadline;</li>
 *     <li>delegate → chair: the delegate asks for the floor; the request appears in the chair's list.</li>
 * </ol>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "majlis.bench", matches = "true")
class LiveRoomLatencyBenchIT {

    /** Clicks per measurement; at most 50 (the chair adds at most 30 minutes to one intervention). */
    static final int CLICKS = Math.min(50, Integer.getInteger("majlis.bench.clicks", 30));
    /** Extra observers' tabs, each its own signed-in session, that all wait for the chair's change. */
    static final int VIEWERS = Integer.getInteger("majlis.bench.viewers", 0);

    @LocalServerPort
    int port;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void click_to_change_on_another_browser() throws IOException {
        var roomId = LiveRoomIT.ecoRoom(jdbc);
        LiveRoomIT.closeOpenItems(agenda, roomId);
        var item = LiveRoomFixture.as("eco.chair.un", () -> agenda.create(roomId, new AgendaItemData(
                LocalizedText.of("Latency benchmark", null, null), LocalizedText.empty(), 60,
                new SpeakingLimits(600, null, null, null))));
        LiveRoomFixture.as("eco.chair.un", () -> agenda.open(roomId, item.id()));
        var speaker = LiveRoomFixture.as("eco.iofs", () -> floor.requestFloor(roomId, item.id(),
                organisationOf("eco.iofs"), FloorKind.STATEMENT));
        LiveRoomFixture.as("eco.chair.un", () -> floor.grant(roomId, speaker.id(), null));

        try (var browsers = new LiveRoomBrowsers(port)) {
            var chair = browsers.signIn("eco.chair.un");
            var delegate = browsers.signIn("eco.fao");
            var observer = browsers.signIn("eco.observer");
            for (var page : new Page[]{chair, delegate, observer}) {
                browsers.openRoom(page, roomId);
            }
            tab(chair, text("room.tab.floor"));
            tab(delegate, text("room.tab.floor"));
            assertThat(observer.locator("#live-countdown")).isVisible();
            assertThat(chair.locator("#floor-add-30")).isVisible();

            warmUp(chair, observer);
            var chairToObserver = measure(chair, "#floor-add-30", observer, "#live-countdown", true);
            var delegateToChair = new ArrayList<Long>();
            for (var i = 0; i < CLICKS; i++) {
                delegateToChair.add(measureOnce(delegate, "#floor-request", chair, "#floor-queue", false));
                delegate.locator("#floor-withdraw").click();
                assertThat(chair.locator("#floor-queue .queue-row")).hasCount(0);
                assertThat(delegate.locator("#floor-request")).isEnabled();
            }
            // a fresh speaker, so the chair can add time again (at most 30 minutes per intervention)
            var second = LiveRoomFixture.as("eco.isdb", () -> floor.requestFloor(roomId, item.id(),
                    organisationOf("eco.isdb"), FloorKind.STATEMENT));
            LiveRoomFixture.as("eco.chair.un", () -> floor.grant(roomId, second.id(), speaker.id()));
            assertThat(chair.locator("#floor-speaker-name")).containsText("Ahmed Youssef");
            var crowd = new ArrayList<Page>();
            for (var i = 0; i < VIEWERS; i++) {
                var viewer = browsers.signIn("eco.observer");
                browsers.openRoom(viewer, roomId);
                assertThat(viewer.locator("#live-countdown")).isVisible();
                crowd.add(viewer);
            }
            var everyRecipient = new ArrayList<Long>();
            var lastRecipient = new ArrayList<Long>();
            if (!crowd.isEmpty()) {
                for (var i = 0; i < CLICKS; i++) {
                    var latencies = measureCrowd(chair, "#floor-add-30", crowd, "#live-countdown");
                    everyRecipient.addAll(latencies);
                    lastRecipient.add(latencies.stream().mapToLong(Long::longValue).max().orElseThrow());
                }
            }
            report(chairToObserver, delegateToChair, everyRecipient, lastRecipient);
        } finally {
            LiveRoomIT.closeOpenItems(agenda, roomId);
        }
    }

    private long organisationOf(String username) {
        return jdbc.queryForObject("SELECT organisation_id FROM participant WHERE username = ?", Long.class, username);
    }

    private void warmUp(Page chair, Page observer) {
        for (var i = 0; i < 3; i++) {
            measureOnce(chair, "#floor-add-30", observer, "#live-countdown", true);
        }
    }

    private List<Long> measure(Page from, String button, Page to, String target, boolean attributes) {
        var samples = new ArrayList<Long>();
        for (var i = 0; i < CLICKS; i++) {
            samples.add(measureOnce(from, button, to, target, attributes));
        }
        return samples;
    }

    /** Milliseconds from the click in one page to the change in the other page's DOM. */
    private static long measureOnce(Page from, String button, Page to, String target, boolean attributes) {
        to.evaluate("([selector, attributes]) => {"
                + " window.__changedAt = 0;"
                + " if (window.__observer) window.__observer.disconnect();"
                + " window.__observer = new MutationObserver(() => { if (!window.__changedAt) window.__changedAt = Date.now(); });"
                + " window.__observer.observe(document.querySelector(selector),"
                + "   attributes ? {attributes: true, attributeFilter: ['target']} : {childList: true, subtree: true});"
                + "}", List.of(target, attributes));
        assertThat(from.locator(button)).isEnabled();
        var clickedAt = ((Number) from.evaluate("selector => { const t = Date.now();"
                + " document.querySelector(selector).click(); return t; }", button)).longValue();
        to.waitForFunction("() => window.__changedAt > 0", null,
                new Page.WaitForFunctionOptions().setTimeout(LiveRoomBrowsers.TIMEOUT_MS));
        var changedAt = ((Number) to.evaluate("() => window.__changedAt")).longValue();
        from.waitForTimeout(250); // let both pages settle, so clicks are not coalesced together
        return changedAt - clickedAt;
    }

    /** Milliseconds from the click to the change in each of the other pages. */
    private static List<Long> measureCrowd(Page from, String button, List<Page> crowd, String target) {
        for (var page : crowd) {
            page.evaluate("selector => { window.__changedAt = 0;"
                    + " if (window.__observer) window.__observer.disconnect();"
                    + " window.__observer = new MutationObserver(() => { if (!window.__changedAt) window.__changedAt = Date.now(); });"
                    + " window.__observer.observe(document.querySelector(selector), {attributes: true, attributeFilter: ['target']}); }",
                    target);
        }
        assertThat(from.locator(button)).isEnabled();
        var clickedAt = ((Number) from.evaluate("selector => { const t = Date.now();"
                + " document.querySelector(selector).click(); return t; }", button)).longValue();
        var latencies = new ArrayList<Long>();
        for (var page : crowd) {
            page.waitForFunction("() => window.__changedAt > 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(LiveRoomBrowsers.TIMEOUT_MS));
            latencies.add(((Number) page.evaluate("() => window.__changedAt")).longValue() - clickedAt);
        }
        from.waitForTimeout(250);
        return latencies;
    }

    private static void report(List<Long> chairToObserver, List<Long> delegateToChair, List<Long> everyRecipient,
                               List<Long> lastRecipient) throws IOException {
        var report = new BenchReport("Live room latency").line("")
                .line("| From → to | clicks | p50 ms | p95 ms | min ms | max ms |")
                .line("|---|---|---|---|---|---|")
                .line(row("chair \"+30 s\" → observer's countdown", chairToObserver))
                .line(row("delegate \"request the floor\" → chair's list", delegateToChair));
        if (!everyRecipient.isEmpty()) {
            report.line(row("chair \"+30 s\" → each of " + VIEWERS + " more observers' tabs", everyRecipient))
                    .line(row("chair \"+30 s\" → the last of " + VIEWERS + " observers' tabs", lastRecipient));
        }
        report.line("").line("Samples chair → observer: " + chairToObserver)
                .line("Samples delegate → chair: " + delegateToChair)
                .write("live-latency.md");
    }

    private static String row(String what, List<Long> samples) {
        var sorted = samples.stream().sorted().toList();
        return "| " + what + " | " + sorted.size() + " | " + percentile(sorted, 50) + " | " + percentile(sorted, 95)
                + " | " + sorted.getFirst() + " | " + sorted.getLast() + " |";
    }
}
