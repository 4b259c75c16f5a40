package org.majlis.matrix.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.majlis.e2e.BenchReport;
import org.majlis.e2e.BrowserTest;
import org.majlis.matrix.EntryDetails;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.EntryFilter;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.majlis.e2e.BenchReport.percentile;
import static org.majlis.matrix.MatrixFixtures.as;

/**
 * Benchmark, not a test (skipped unless {@code -Dmajlis.bench=true}; see {@code bench/README.md}): how long a
 * matrix change takes to reach an observer's open Matrix tab, and how many bytes its push carries, for the two
 * kinds of change the tab handles differently: an edit of one entry (the grid keeps its rows and refreshes only the
 * changed one) and a new entry (a row is added, so the grid gets the whole list again).
 * <p>
 * The change is made through the service in the app's own JVM ({@code System.currentTimeMillis()} just before the
 * call); the observer's page, in headless Chromium on the same machine, stamps {@code Date.now()} from a
 * {@code MutationObserver} when its grid changes. Bytes are the websocket frames the observer's page receives
 * from just before the change until 400 ms after it landed.
 */
@EnabledIfSystemProperty(named = "majlis.bench", matches = "true")
class MatrixLiveBenchIT extends BrowserTest {

    static final int CHANGES = Integer.getInteger("majlis.bench.changes", 30);
    static final int ENTRIES = Integer.getInteger("majlis.bench.entries", 20);

    @Autowired
    MatrixFixtures fx;
    @Autowired
    MatrixService matrix;
    @Autowired
    RoomService rooms;

    record Sample(long millis, long bytes) {
    }

    @Test
    void a_matrix_change_reaches_an_open_matrix_tab() throws IOException {
        var eco = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var entries = new ArrayList<EntryDetails>();
        for (var i = 0; i < ENTRIES; i++) {
            entries.add(as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(MatrixFixtures.uniqueCode()),
                    null)));
        }
        var observer = page;
        signIn("eco.observer");
        var received = new AtomicLong();
        observer.onWebSocket(socket -> socket.onFrameReceived(frame -> received.addAndGet(frame.text() == null
                ? frame.binary().length : frame.text().getBytes(StandardCharsets.UTF_8).length)));
        open("/rooms/" + eco);
        observer.locator("vaadin-tab", new Page.LocatorOptions().setHasText(text("room.tab.matrix"))).click();
        assertThat(observer.locator("#matrix-grid")).containsText(entries.getLast().entry().data().code());
        var rowsShown = as("eco.observer", () -> matrix.roomMatrix(eco, EntryFilter.all())).entries().size();

        var edits = new ArrayList<Sample>();
        var additions = new ArrayList<Sample>();
        for (var i = 0; i < CHANGES + 3; i++) {
            var target = entries.get(i % entries.size());
            var title = "Edited " + i;
            var edit = measure(observer, received, () -> {
                var startedAt = System.currentTimeMillis();
                as("eco.rapporteur", () -> matrix.update(target.entry().id(), target.entry().version(),
                        EntryField.TITLE_EN.set(target.entry().data(), title), null));
                return startedAt;
            });
            entries.set(i % entries.size(), as("eco.rapporteur", () -> matrix.get(target.entry().id())));
            var addition = measure(observer, received, () -> {
                var startedAt = System.currentTimeMillis();
                entries.add(as("eco.rapporteur", () -> matrix.draft(eco,
                        fx.foodSecurity(MatrixFixtures.uniqueCode()), null)));
                return startedAt;
            });
            if (i >= 3) { // three warm-up rounds are not counted
                edits.add(edit);
                additions.add(addition);
            }
        }
        var rowsAtEnd = as("eco.observer", () -> matrix.roomMatrix(eco, EntryFilter.all())).entries().size();
        report(rowsShown, rowsAtEnd, edits, additions);
    }

    /** Milliseconds from the change to the observer's grid changing, and the bytes pushed for it. */
    private static Sample measure(Page observer, AtomicLong received, LongSupplier change) {
        observer.evaluate("() => { window.__changedAt = 0;"
                + " if (window.__observer) window.__observer.disconnect();"
                + " window.__observer = new MutationObserver(() => { if (!window.__changedAt) window.__changedAt = Date.now(); });"
                + " window.__observer.observe(document.querySelector('#matrix-grid'),"
                + "   {childList: true, subtree: true, characterData: true}); }");
        received.set(0);
        var startedAt = change.getAsLong();
        observer.waitForFunction("() => window.__changedAt > 0", null,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        var changedAt = ((Number) observer.evaluate("() => window.__changedAt")).longValue();
        observer.waitForTimeout(400);
        return new Sample(changedAt - startedAt, received.get());
    }

    private static void report(int rowsShown, int rowsAtEnd, List<Sample> edits, List<Sample> additions)
            throws IOException {
        var ratio = (double) percentile(additions.stream().map(Sample::bytes).sorted().toList(), 50)
                / Math.max(1, percentile(edits.stream().map(Sample::bytes).sorted().toList(), 50));
        new BenchReport("Matrix live updates")
                .line("Rows in the observer's grid: " + rowsShown + " at the start, " + rowsAtEnd
                        + " at the end (each new entry adds one)")
                .line("")
                .line("| Change → observer's Matrix tab | changes | p50 ms | p95 ms | max ms | p50 bytes pushed | p95 bytes |")
                .line("|---|---|---|---|---|---|---|")
                .line(row("rapporteur edits one entry (its row refreshed)", edits))
                .line(row("rapporteur drafts a new entry (whole list sent)", additions))
                .line("")
                .line(String.format(Locale.ROOT, "Bytes of a whole-list push / bytes of a one-row push (p50): %.1f",
                        ratio))
                .line("")
                .line("Edit samples (ms/bytes): " + edits.stream().map(s -> s.millis() + "/" + s.bytes()).toList())
                .line("New-entry samples (ms/bytes): " + additions.stream().map(s -> s.millis() + "/" + s.bytes())
                        .toList())
                .write("matrix-live.md");
    }

    private static String row(String what, List<Sample> samples) {
        var millis = samples.stream().map(Sample::millis).sorted().toList();
        var bytes = samples.stream().map(Sample::bytes).sorted().toList();
        return "| " + what + " | " + samples.size() + " | " + percentile(millis, 50) + " | " + percentile(millis, 95)
                + " | " + millis.getLast() + " | " + percentile(bytes, 50) + " | " + percentile(bytes, 95) + " |";
    }

}
