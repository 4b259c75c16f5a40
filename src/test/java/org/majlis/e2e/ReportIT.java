package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.meetings.RoomKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The room report end to end, in the demo's Astana cultural room: the rapporteur starts the report, writes the texts
 * in Arabic and French (and English, which the edition also requires), saves and submits; a co-chair in another
 * browser adopts after confirming, and the rapporteur's tab shows it adopted without reloading. Leaves screenshots of
 * the tab in English and Arabic under {@code target/screenshots/report-tab-*.png}.
 */
class ReportIT extends BrowserTest {

    private static final Map<String, String> TEXTS = Map.of(
            "ar", "توصي الجلسة بتعزيز الحوار بين الثقافات وحماية التراث الثقافي.",
            "fr", "La séance recommande de renforcer le dialogue interculturel et la protection du patrimoine culturel.",
            "en", "The session recommends strengthening intercultural dialogue and the protection of cultural heritage.");

    @Test
    void the_rapporteur_drafts_in_arabic_and_french_submits_and_a_chair_adopts() {
        var room = demo.room(16, RoomKind.CULTURAL_SOCIAL_HUMANITARIAN);
        signIn("csh.rapporteur");
        open("/rooms/" + room);
        tab(page, text("room.tab.report"));
        page.locator("#report-start").click();
        assertThat(page.locator("#report-status")).hasAttribute("data-status", "DRAFT");
        var arabic = page.locator("#report-text-recommendations-ar");
        assertThat(arabic).hasAttribute("dir", "rtl");
        for (var language : new String[]{"ar", "fr", "en"}) {
            // Every text of the tab in that language (the recommendations, and the summaries of any agenda item).
            var areas = page.locator("vaadin-text-area[id^='report-text-'][id$='-" + language + "'] textarea");
            for (var i = 0; i < areas.count(); i++) {
                areas.nth(i).fill(TEXTS.get(language));
            }
        }
        // Each text area types and shows its language's direction, whatever the page's.
        org.assertj.core.api.Assertions.assertThat(page.locator("#report-text-recommendations-ar textarea")
                .evaluate("e => getComputedStyle(e).direction")).isEqualTo("rtl");
        page.locator("#report-save").click();
        waitForVaadin();
        assertThat(page.locator("#report-missing-ar")).hasText(text("report.missing.complete",
                text("report.language.ar")));
        page.locator("#report-submit").click();
        assertThat(page.locator("#report-status")).hasAttribute("data-status", "SUBMITTED");

        var chair = newSession();
        signIn(chair, "csh.chair.un");
        chair.navigate(url("/rooms/" + room));
        waitForVaadin(chair);
        tab(chair, text("room.tab.report"));
        assertThat(chair.locator("#report-read-recommendations-ar")).hasText(TEXTS.get("ar"));
        assertThat(chair.locator("#report-read-recommendations-ar")).hasAttribute("dir", "rtl");
        chair.locator("#report-adopt").click();
        chair.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], "
                + "vaadin-confirm-dialog vaadin-button[slot='confirm-button']").first().click();
        assertThat(chair.locator("#report-status")).hasAttribute("data-status", "ADOPTED");
        screenshot(chair, "report-tab-en");

        // The chair takes the adopted report away as a Word file in Arabic, read back with POI.
        chair.locator("#report-export-button").click();
        chair.locator("#report-export-docx").click();
        chair.locator("#report-export-docx-ar").click();
        var link = chair.locator("#report-export-download");
        assertThat(link).containsText("-ar.docx");
        screenshot(chair, "report-export-ready-en");
        var download = chair.waitForDownload(link::click);
        try (var docx = new XWPFDocument(Files.newInputStream(download.path()))) {
            var recommendations = docx.getParagraphs().stream()
                    .filter(p -> p.getText().contains(TEXTS.get("ar"))).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(recommendations.getCTP().getPPr().isSetBidi()).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chair.locator("#report-editor-recommendations").scrollIntoViewIfNeeded();
        screenshot(chair, "report-tab-en-texts");

        // The rapporteur's open tab follows live.
        assertThat(page.locator("#report-status")).hasAttribute("data-status", "ADOPTED");
        assertThat(page.locator("#report-save")).hasCount(0);

        useLanguage(Language.AR);
        page.reload();
        waitForVaadin();
        tab(page, text(Language.AR, "room.tab.report"));
        assertThat(page.locator("#report-status")).containsText(text(Language.AR, "report.status.adopted"));
        screenshot(page, "report-tab-ar");
        page.locator("#report-editor-recommendations").scrollIntoViewIfNeeded();
        assertThat(page.locator("#report-read-recommendations-ar")).hasText(TEXTS.get("ar"));
        org.assertj.core.api.Assertions.assertThat(page.locator("#report-read-recommendations-fr")
                .evaluate("e => getComputedStyle(e).direction")).isEqualTo("ltr");
        screenshot(page, "report-tab-ar-texts");
    }

    @Test
    void the_demo_has_the_adopted_summary_of_the_astana_opening_plenary_in_three_languages() {
        signIn("un.asg");
        useLanguage(Language.AR);
        open("/rooms/" + demo.room(16, RoomKind.PLENARY));
        tab(page, text(Language.AR, "room.tab.report"));
        assertThat(page.locator("#report-status")).hasAttribute("data-status", "ADOPTED");
        assertThat(page.locator("#report-missing-ar")).hasText(text(Language.AR, "report.missing.complete",
                text(Language.AR, "report.language.ar")));
        assertThat(page.locator("#report-tab")).containsText("Letter of Intent between IOFS and FAO");
        assertThat(page.locator("#report-read-item--2-ar")).containsText("خطاب نوايا");
        assertThat(page.locator("#report-save")).hasCount(0);
        screenshot(page, "report-demo-plenary-ar");
    }

    @Test
    void the_secretariat_downloads_the_final_report_of_astana_in_arabic_with_the_plenary_summary_and_the_annex()
            throws IOException {
        signIn("admin");
        useLanguage(Language.AR);
        open("/admin/outcome-documents");
        assertThat(page.locator("#outcome-16-final-report")).isVisible();
        page.locator("#outcome-16-final-report-review-button").click();
        page.locator("#outcome-16-final-report-review-docx").click();
        page.locator("#outcome-16-final-report-review-docx-ar").click();
        var link = page.locator("#outcome-16-final-report-review-download");
        assertThat(link).containsText("final-report-with-review-16-astana-ar.docx");
        screenshot(page, "final-report-ready-ar");
        var download = page.waitForDownload(link::click);
        try (var docx = new XWPFDocument(Files.newInputStream(download.path()))) {
            var text = new XWPFWordExtractor(docx).getText();
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("خطاب نوايا") // the demo's opening plenary summary
                    .contains("المرفق الأول")
                    .contains("المرفق الثاني");
            // every paragraph of the Arabic report runs right to left
            org.assertj.core.api.Assertions.assertThat(docx.getParagraphs().stream()
                    .filter(p -> !p.getText().isBlank())
                    .allMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi())).isTrue();
        }
        useLanguage(Language.EN);
        page.reload();
        waitForVaadin();
        assertThat(page.locator("#outcome-16")).containsText(text("report.final.section-review.title"));
        screenshot(page, "final-report-section-en");
    }

    private static void tab(Page on, String label) {
        on.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
        waitForVaadin(on);
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", name + ".png")));
    }
}
