package org.majlis.matrix.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.meetings.EditionService;
import org.majlis.meetings.OrganisationService;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The matrix end to end, in headless Chromium: the rapporteur drafts an entry in Arabic and French and submits it,
 * a delegate comments, the chair adopts it and the rapporteur's browser sees the adoption without reloading; then
 * a lead organisation's delegate reports on an entry of Geneva 2022 and the chair's browser sees the report.
 * (Minimal browser set-up of its own until the shared Playwright base class lands in main.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MatrixScenarioIT {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    EditionService editions;
    @Autowired
    RoomService rooms;
    @Autowired
    OrganisationService organisations;

    @BeforeAll
    static void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page signedIn(String username) {
        var page = browser.newContext().newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("demo");
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#edition-title")).isVisible();
        return page;
    }

    private void openMatrix(Page page, long roomId) {
        page.navigate("http://localhost:" + port + "/rooms/" + roomId);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Matrix")).click();
        assertThat(page.locator("#matrix-grid")).isVisible();
    }

    private static void choose(Page page, String comboId, String item) {
        page.locator("#" + comboId + " input").fill(item);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item)).first().click();
    }

    private static Locator row(Page page, String code) {
        return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(code)).first();
    }

    @Test
    void rapporteur_drafts_in_arabic_and_french_delegate_comments_chair_adopts_and_the_rapporteur_sees_it_live() {
        var fx = new MatrixFixtures(editions, rooms, organisations);
        var eco = fx.astanaEco();
        var code = MatrixFixtures.uniqueCode();

        var rapporteur = signedIn("eco.rapporteur");
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
        rapporteur.locator("#entry-submit").click();
        assertThat(rapporteur.locator("#entry-adopt")).isHidden();
        rapporteur.locator("#entry-close").click();
        var adoptedBefore = rapporteur.locator("#matrix-count-ADOPTED").textContent();

        var delegate = signedIn("eco.fao");
        openMatrix(delegate, eco);
        row(delegate, code).click();
        delegate.locator("#entry-comment-text textarea").fill("FAO can contribute its e-learning courses.");
        delegate.locator("#entry-comment-send").click();
        assertThat(delegate.locator("#entry-comments")).containsText("Jean-Marc Lefèvre");

        var chair = signedIn("eco.chair.un");
        openMatrix(chair, eco);
        row(chair, code).click();
        assertThat(chair.locator("#entry-comments")).containsText("FAO can contribute its e-learning courses.");
        chair.locator("#entry-adopt").click();
        assertThat(chair.locator("#entry-reopen")).isVisible();

        // The rapporteur's browser was left alone: the push brings the adoption.
        assertThat(rapporteur.locator("#matrix-count-ADOPTED")).not().hasText(adoptedBefore);
        rapporteur.context().close();
        delegate.context().close();
        chair.context().close();
    }

    @Test
    void a_lead_delegate_reports_on_a_geneva_entry_and_the_chair_sees_the_review() {
        var fx = new MatrixFixtures(editions, rooms, organisations);
        var eco = fx.astanaEco();
        var chair = signedIn("eco.chair.oic");
        openMatrix(chair, eco);
        assertThat(chair.locator("#review-grid")).containsText("ECO-01");

        var iofs = signedIn("eco.iofs");
        openMatrix(iofs, eco);
        iofs.locator("#review-grid .review-report").first().click();
        iofs.locator("#report-status").click();
        iofs.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Ongoing")).click();
        iofs.locator("#report-progress input").fill("45");
        iofs.locator("#report-note textarea").fill("Reserve stocks in Chad and Niger; Afghanistan pending.");
        iofs.locator("#report-save").click();
        assertThat(iofs.locator("#review-grid")).containsText("Ongoing · 45 %");

        assertThat(chair.locator("#review-grid")).containsText("Reserve stocks in Chad and Niger");
        assertThat(chair.locator("#review-summary")).containsText("Ongoing: 1");
        iofs.context().close();
        chair.context().close();
    }
}
