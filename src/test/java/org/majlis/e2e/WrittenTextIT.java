package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people wrote, in a real browser: a speaker's name stored with U+202E before input was cleaned cannot reverse
 * the rest of its line in the record (English and Arabic, with screenshots in {@code target/screenshots/}), and a
 * statement's file with an Arabic name downloads under that name (RFC 5987) with the extension of its type.
 */
class WrittenTextIT extends BrowserTest {

    /** An unterminated RIGHT-TO-LEFT OVERRIDE: without isolation it reverses everything after it on the line. */
    static final String SPOOFED_NAME = "Eve\u202E Override";
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    JdbcTemplate jdbc;

    long roomId;
    long requestId;

    @BeforeEach
    void speakerWithAnOverrideInTheRecord() {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        LiveRoomIT.closeOpenItems(agenda, roomId);
        var title = "Bidi test " + UUID.randomUUID().toString().substring(0, 6);
        var item = LiveRoomFixture.as("eco.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of(title, null, "اختبار الاتجاه"),
                    LocalizedText.empty(), 10, SpeakingLimits.none()));
            return agenda.open(roomId, created.id());
        });
        var fao = jdbc.queryForObject("SELECT id FROM organisation WHERE acronym_en = 'FAO'", Long.class);
        var request = LiveRoomFixture.as("eco.fao", () -> floor.requestFloor(roomId, item.id(), fao,
                FloorKind.STATEMENT));
        requestId = request.id();
        LiveRoomFixture.as("eco.fao", () -> statements.submit(roomId, requestId, StatementService.NO_STATEMENT,
                new StatementData(LocalizedText.of(null, null, "نص البيان"), "بيان الوفد.pdf", PDF, false)));
        LiveRoomFixture.as("eco.chair.un", () -> {
            floor.grantNext(roomId, item.id(), null);
            floor.endIntervention(roomId, requestId);
        });
        // as if stored before names were cleaned on input
        jdbc.update("UPDATE floor_request SET speaker_name = ? WHERE id = ?", SPOOFED_NAME, requestId);
    }

    @AfterEach
    void closeItem() {
        LiveRoomIT.closeOpenItems(agenda, roomId);
    }

    private void openFloorTab(Language language) {
        page.navigate(url("/rooms/" + roomId));
        waitForVaadin();
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(text(language, "room.tab.floor")))
                .click();
    }

    private Locator openRecord(Language language) {
        openFloorTab(language);
        page.locator("#floor-record").click();
        var line = page.locator("#floor-record .record-line").filter(new Locator.FilterOptions()
                .setHasText("Override")).last();
        assertThat(line).isVisible();
        return line;
    }

    private static double x(Locator locator) {
        return locator.boundingBox().x;
    }

    private static void screenshot(Locator what, String name) {
        what.screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    @Test
    void a_name_with_a_direction_override_does_not_reverse_the_rest_of_its_line_in_the_record() {
        signIn("eco.chair.un");
        var line = openRecord(Language.EN);

        var name = line.locator("bdi", new Locator.LocatorOptions().setHasText("Override"));
        assertThat(name).hasAttribute("dir", "auto");
        var spans = line.locator(":scope > span");
        var kind = spans.nth(4);
        var outcome = spans.nth(6);
        assertThat(kind).hasText(text("floor.kind.STATEMENT"));
        // left to right as written: name, then the kind, then what became of the request, then the statement
        assertThat(x(name)).isLessThan(x(kind));
        assertThat(x(kind)).isLessThan(x(outcome));
        assertThat(outcome.innerText()).startsWith("spoke at");
        screenshot(page.locator("#floor-record"), "record-override-name-en");
    }

    @Test
    void a_name_with_a_direction_override_does_not_reorder_an_arabic_record_line_either() {
        useLanguage(Language.AR);
        signIn("eco.chair.un");
        var line = openRecord(Language.AR);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");

        var name = line.locator("bdi", new Locator.LocatorOptions().setHasText("Override"));
        var spans = line.locator(":scope > span");
        var kind = spans.nth(4);
        var outcome = spans.nth(6);
        assertThat(kind).hasText(text(Language.AR, "floor.kind.STATEMENT"));
        // right to left: the name, then to its left the kind, then the outcome
        assertThat(x(name)).isGreaterThan(x(kind));
        assertThat(x(kind)).isGreaterThan(x(outcome));
        screenshot(page.locator("#floor-record"), "record-override-name-ar");
    }

    @Test
    void a_statement_file_with_an_arabic_name_downloads_under_that_name_with_the_extension_of_its_type() {
        signIn("eco.rapporteur");
        openFloorTab(Language.EN);
        page.locator("#floor-statements").click();
        var link = page.locator("#floor-statements a.statement-file").first();
        assertThat(link).containsText("بيان الوفد.pdf");

        var response = page.context().request().get(link.getAttribute("href").startsWith("http")
                ? link.getAttribute("href") : url(link.getAttribute("href")));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        var encoded = URLEncoder.encode("بيان الوفد.pdf", StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(response.headers().get("content-disposition")).startsWith("attachment;")
                .containsIgnoringCase("filename*=UTF-8''" + encoded);
        var download = page.waitForDownload(link::click);
        assertThat(download.suggestedFilename()).isEqualTo("بيان الوفد.pdf");
        screenshot(page.locator("#floor-statements"), "statement-file-arabic-name-en");
    }
}
