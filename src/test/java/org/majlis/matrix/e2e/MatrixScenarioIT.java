package org.majlis.matrix.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.majlis.base.Language;
import org.majlis.e2e.BrowserTest;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.meetings.RoomKind;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The matrix end to end, in headless Chromium: the rapporteur drafts an entry in Arabic and French and submits it,
 * a delegate comments, the chair adopts it and the rapporteur's browser sees the adoption without reloading; a lead
 * organisation's delegate reports on an entry of Geneva 2022 and the chair's browser sees the report; the
 * secretariat adds an OIC-2025 area in Arabic and the rapporteur's form offers it.
 */
class MatrixScenarioIT extends BrowserTest {

    private void openMatrix(Page on, long roomId) {
        on.navigate(url("/rooms/" + roomId));
        on.locator("vaadin-tab", new Page.LocatorOptions().setHasText(text("room.tab.matrix"))).click();
        assertThat(on.locator("#matrix-grid")).isVisible();
    }

    private Page person(String username) {
        var on = newSession();
        signIn(on, username);
        return on;
    }

    private static void choose(Page on, String comboId, String item) {
        on.locator("#" + comboId + " input").fill(item);
        on.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    private static Locator row(Page on, String code) {
        return on.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(code)).first();
    }

    @Test
    void rapporteur_drafts_in_arabic_and_french_delegate_comments_chair_adopts_and_the_rapporteur_sees_it_live() {
        var eco = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = MatrixFixtures.uniqueCode();

        var rapporteur = page;
        signIn("eco.rapporteur");
        openMatrix(rapporteur, eco);
        rapporteur.locator("#matrix-new-entry").click();
        rapporteur.locator("#entry-code input").fill(code);
        rapporteur.locator("#entry-title-ar input").fill("برنامج مشترك للتدريب المهني للشباب");
        rapporteur.locator("#entry-title-fr input").fill("Programme conjoint de formation professionnelle des jeunes");
        assertThat(rapporteur.locator("#entry-title-ar")).hasAttribute("dir", "rtl");
        choose(rapporteur, "entry-lead-un", "ILO");
        choose(rapporteur, "entry-lead-oic", "SESRIC");
        rapporteur.locator("#entry-save").click();
        assertThat(rapporteur.locator("#entry-view")).containsText("برنامج مشترك للتدريب المهني للشباب");
        assertThat(rapporteur.locator("#entry-view .entry-text-ar").first()).hasAttribute("dir", "rtl");
        rapporteur.locator("#entry-submit").click();
        assertThat(rapporteur.locator("#entry-adopt")).isHidden();
        rapporteur.locator("#entry-close").click();
        var adoptedBefore = rapporteur.locator("#matrix-count-ADOPTED").textContent();

        var delegate = person("eco.fao");
        openMatrix(delegate, eco);
        row(delegate, code).click();
        delegate.locator("#entry-comment-text textarea").fill("FAO can contribute its e-learning courses.");
        delegate.locator("#entry-comment-send").click();
        assertThat(delegate.locator("#entry-comments")).containsText("Jean-Marc Lefèvre");

        var chair = person("eco.chair.un");
        openMatrix(chair, eco);
        row(chair, code).click();
        assertThat(chair.locator("#entry-comments")).containsText("FAO can contribute its e-learning courses.");
        chair.locator("#entry-adopt").click();
        assertThat(chair.locator("#entry-reopen")).isVisible();

        // The rapporteur's browser was left alone: the push brings the adoption, to the count and to the row.
        assertThat(rapporteur.locator("#matrix-count-ADOPTED")).not().hasText(adoptedBefore);
        assertThat(rapporteur.locator("#matrix-grid")).containsText(text("matrix.status.ADOPTED"));
    }

    @Test
    void a_lead_delegate_reports_on_a_geneva_entry_and_the_chair_sees_the_review() {
        var eco = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var chair = page;
        signIn("eco.chair.oic");
        openMatrix(chair, eco);
        assertThat(chair.locator("#review-grid")).containsText("ECO-01");

        var iofs = person("eco.iofs");
        openMatrix(iofs, eco);
        iofs.locator("#review-grid .review-report").first().click();
        iofs.locator("#report-status").click();
        iofs.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(
                text("matrix.implementation.ONGOING"))).click();
        iofs.locator("#report-progress input").fill("45");
        iofs.locator("#report-note textarea").fill("Reserve stocks in Chad and Niger; Afghanistan pending.");
        iofs.locator("#report-save").click();
        assertThat(iofs.locator("#review-grid")).containsText(text("matrix.implementation.ONGOING") + " · 45 %");

        assertThat(chair.locator("#review-grid")).containsText("Reserve stocks in Chad and Niger");
        assertThat(chair.locator("#review-summary")).containsText(
                text("matrix.count", text("matrix.implementation.ONGOING"), 1));
    }

    @Test
    void the_secretariat_adds_an_oic_area_in_arabic_and_the_rapporteurs_form_offers_it() {
        var code = "E2E-" + ThreadLocalRandom.current().nextInt(1000, 10_000);
        var name = "التحول الرقمي والبيانات المفتوحة";
        useLanguage(Language.AR);
        signIn("admin");
        open("/admin/reference-lists");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#reference-lists-view h2")).hasText(text(Language.AR, "matrix.reference.title"));
        page.locator("#new-area").click();
        page.locator("#area-dialog #code input").fill(code);
        page.locator("#area-dialog #nameAr input").fill(name);
        assertThat(page.locator("#area-dialog #nameAr")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#area-dialog #nameEn")).hasAttribute("dir", "ltr");
        page.locator("#area-dialog #save").click();
        assertThat(page.locator("#area-grid")).containsText(name);
        assertThat(page.locator("#area-grid")).containsText(code);

        var rapporteur = person("eco.rapporteur");
        openMatrix(rapporteur, demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC));
        rapporteur.locator("#matrix-new-entry").click();
        rapporteur.locator("#entry-areas input").fill(code);
        // The reader's language is English and the area has only an Arabic name: it is shown in Arabic.
        assertThat(rapporteur.locator("vaadin-multi-select-combo-box-item",
                new Page.LocatorOptions().setHasText(code)).first()).containsText(name);
    }
}
