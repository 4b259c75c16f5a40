package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.Application;
import org.majlis.DemoIds;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.floor.StatementService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/**
 * Majlis restarts while a delegate has the room open (ADR 0052). A second Majlis of its own (the shared test app
 * cannot be restarted under the other tests) runs on a database of its own; the FAO delegate asks for the floor and
 * saves a written statement through the page; the app is closed and started again on the same port and the same
 * database. The open page finds the app again by itself and, its session being gone, leads to the sign-in page;
 * once signed in again the delegate is back in the same room and tab, with the accepted request and the saved text.
 */
class AppRestartIT extends BrowserTest {

    private static final String DATABASE = "majlis_app_restart";

    @Autowired
    JdbcTemplate sharedJdbc;

    ConfigurableApplicationContext app;

    @BeforeEach
    void noDatabaseYet() {
        sharedJdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    @AfterEach
    void stopTheAppAndDropItsDatabase() {
        if (app != null) {
            app.close();
        }
        sharedJdbc.execute("DROP DATABASE IF EXISTS " + DATABASE);
    }

    private static ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("majlis.embedded-db.database=" + DATABASE, "server.port=" + port,
                        "server.address=127.0.0.1")
                .run();
    }

    private static int portOf(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static void signInThroughTheForm(Page on, String username) {
        var form = on.locator("vaadin-login-form");
        form.locator("input[name='username']").fill(username);
        form.locator("input[name='password']").fill("demo");
        form.locator("input[name='password']").press("Enter");
        assertThat(on.locator("#current-user")).hasText(username);
    }

    @Test
    void an_open_page_finds_the_restarted_app_and_after_signing_in_again_nothing_accepted_or_saved_is_lost() {
        app = start(0);
        var port = portOf(app);
        var base = "http://localhost:" + port;
        var ids = new DemoIds(app.getBean(JdbcTemplate.class));
        var roomId = ids.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var agenda = app.getBean(AgendaService.class);
        var title = "Restart " + UUID.randomUUID().toString().substring(0, 6);
        as("eco.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of(title, title, "إعادة التشغيل"),
                    LocalizedText.empty(), 20, SpeakingLimits.none()));
            agenda.open(roomId, created.id());
        });

        // the delegate asks for the floor and saves a statement, through the page
        var room = base + "/rooms/" + roomId + "?tab=floor";
        page.navigate(base + "/login");
        signInThroughTheForm(page, "eco.fao");
        page.navigate(room);
        page.locator("#floor-request").click();
        assertThat(page.locator("#floor-my-status")).isVisible();
        page.locator("#floor-statement").click();
        var text = "Saved before the restart " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#floor-statement-textEn textarea").fill(text);
        page.locator("#floor-statement-save").click();
        assertThat(page.locator("#floor-statement-dialog")).not().isAttached();
        var requests = "SELECT COUNT(*) FROM " + DATABASE + ".floor_request WHERE participant_id = ?"
                + " AND status = 'WAITING'";
        var fao = ids.participant("eco.fao");
        assertThat(sharedJdbc.queryForObject(requests, Integer.class, fao)).isEqualTo(1);

        // the app restarts on the same port and database; the page, left open, finds it and asks to sign in again
        app.close();
        app = null;
        app = start(port);
        page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(TIMEOUT_MS * 2));
        signInThroughTheForm(page, "eco.fao");
        page.waitForURL(url -> url.contains("/rooms/" + roomId) && url.contains("tab=floor"));

        // the same room and tab, with the accepted request and the saved statement
        assertThat(page.locator("#floor-panel")).isVisible();
        assertThat(page.locator("#floor-my-status")).isVisible();
        assertThat(page.locator("#floor-queue .queue-row")).hasCount(1);
        assertThat(sharedJdbc.queryForObject(requests, Integer.class, fao)).isEqualTo(1);
        page.locator("#floor-statement").click();
        assertThat(page.locator("#floor-statement-textEn textarea")).hasValue(text);
        var requestId = sharedJdbc.queryForObject("SELECT id FROM " + DATABASE + ".floor_request"
                + " WHERE participant_id = ?", Long.class, fao);
        var statements = app.getBean(StatementService.class);
        assertThat(as("eco.fao", () -> statements.ofRequest(roomId, requestId)))
                .hasValueSatisfying(saved -> assertThat(saved.text().en()).isEqualTo(text));
    }
}
