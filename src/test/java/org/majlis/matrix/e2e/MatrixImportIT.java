package org.majlis.matrix.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.base.Language;
import org.majlis.e2e.BrowserTest;
import org.majlis.matrix.MatrixFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The secretariat imports a matrix file into a room in the browser: a first file with an unknown organisation shows
 * the preview with the error row highlighted and Import disabled; the corrected file previews without problems, is
 * imported, and its entries appear in the room's Matrix tab. The room is in an edition of its own (20th century),
 * so no other test sees it. Screenshots of the preview in English and Arabic: {@code target/screenshots/matrix-import-*.png}
 * (copied to docs/images).
 */
class MatrixImportIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    LiveRoomFixture room;
    String first;
    String second;

    @BeforeEach
    void aRoomOfItsOwn() {
        room = LiveRoomFixture.createInPastEdition(context, 1);
        first = MatrixFixtures.uniqueCode();
        second = MatrixFixtures.uniqueCode();
    }

    private byte[] file(String leadOfSecond) {
        var header = "Reference code,Title,Description,Lead UN entity,Lead OIC institution,Partner organisations,"
                + "Beneficiary member states,Sustainable Development Goals";
        var rows = List.of(
                first + ",Food security reserves,Regional reserves in the Sahel,FAO,IOFS,IsDB,Chad; Niger,2 — Zero hunger",
                second + ",Vocational training,\"TVET for youth, in three countries\"," + leadOfSecond
                        + ",SESRIC,,Senegal,4");
        return ("\uFEFF" + header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void upload(String name, byte[] content) {
        page.locator("vaadin-upload#matrix-import-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "text/csv", content));
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                .setPath(Paths.get("target", "screenshots", "matrix-import-" + name + ".png")));
    }

    @Test
    void a_file_with_an_error_is_shown_then_the_corrected_file_is_imported_into_the_matrix() {
        signIn("admin");
        open("/rooms/" + room.roomId + "?tab=matrix");
        page.locator("#matrix-import").click();
        assertThat(page.locator("#matrix-import-upload")).isVisible();

        upload("matrix.csv", file("Nowhere Agency"));
        assertThat(page.locator("#matrix-import-summary")).hasAttribute("data-problems", "1");
        assertThat(page.locator("#matrix-import-grid")).containsText("Nowhere Agency");
        assertThat(page.locator("#matrix-import-grid")).containsText(text("matrix.import.action.ERROR"));
        assertThat(page.locator("#matrix-import-confirm")).isDisabled();
        // "Problems only" is on: the valid first row is not listed.
        assertThat(page.locator("#matrix-import-grid")).not().containsText(first);
        // All rows: the valid one and the highlighted one with its problem.
        page.locator("#matrix-import-errors-only").click();
        assertThat(page.locator("#matrix-import-grid")).containsText(first);
        screenshot(page, "preview-en");

        page.locator("vaadin-upload#matrix-import-upload vaadin-upload-file [part=remove-button]").first().click();
        upload("matrix-fixed.csv", file("ILO"));
        assertThat(page.locator("#matrix-import-summary")).hasAttribute("data-problems", "0");
        assertThat(page.locator("#matrix-import-summary")).hasText(text("matrix.import.summary-ok", 2, 0, 0));
        page.locator("#matrix-import-confirm").click();
        assertThat(page.locator("#matrix-import-result")).hasText(text("matrix.import.done", 2, 0, 0));
        page.locator("#matrix-import-close").click();

        assertThat(page.locator("#matrix-grid")).containsText(first);
        assertThat(page.locator("#matrix-grid")).containsText("Vocational training");
    }

    @Test
    void the_preview_reads_right_to_left_in_arabic() {
        useLanguage(Language.AR);
        signIn("admin");
        open("/rooms/" + room.roomId + "?tab=matrix");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.locator("#matrix-import").click();
        upload("matrix.csv", file("Nowhere Agency"));
        assertThat(page.locator("#matrix-import-summary")).hasAttribute("data-problems", "1");
        assertThat(page.locator("#matrix-import-grid")).containsText("Nowhere Agency");
        assertThat(page.locator("#matrix-import-grid")).containsText(text(Language.AR, "matrix.import.action.ERROR"));
        page.locator("#matrix-import-errors-only").click();
        assertThat(page.locator("#matrix-import-grid")).containsText(first);
        screenshot(page, "preview-ar");
    }
}
