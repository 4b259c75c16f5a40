package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.internal.DatabaseOutage;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementService;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Paths;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * The meeting's database restarts in the middle of a session (ADR 0052): the UN co-chair (English), the FAO delegate
 * (English) and an observer (Arabic) have the Economic and Scientific room open; the delegate is typing a written
 * statement. The test stops the tests' embedded MariaDB: every page says so in its language and stays as it was,
 * the chair's "next speaker" and the delegate's save are refused with the translated message, and the typed text
 * stays in the delegate's browser. The database comes back: the banner goes by itself, the chair gives the floor
 * and the others see it live without a reload; the delegate reloads, finds the text again and saves it.
 * <p>
 * The database is down for seconds only and is always started again (finally), so the tests after this one find it
 * as it was.
 */
class DatabaseOutageIT extends BrowserTest {

    private static final String DELEGATE_NAME = "Jean-Marc Lefèvre"; // eco.fao in the demo data

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    ParticipantService participants;

    long roomId;
    long requestId;

    @BeforeEach
    void anItemOpenWithTheDelegateWaiting() {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        LiveRoomIT.closeOpenItems(agenda, roomId);
        var title = "Outage " + UUID.randomUUID().toString().substring(0, 6);
        var itemId = as("eco.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of(title, title, "انقطاع"),
                    LocalizedText.empty(), 20, SpeakingLimits.none()));
            return agenda.open(roomId, created.id()).id();
        });
        var fao = asAdmin(() -> participants.get(demo.participant("eco.fao")).organisationId());
        requestId = as("eco.fao", () -> floor.requestFloor(roomId, itemId, fao, FloorKind.STATEMENT)).id();
    }

    @AfterEach
    void closeItem() {
        LiveRoomIT.closeOpenItems(agenda, roomId);
    }

    private Page person(String username, Language language) {
        var person = newSession(language);
        signIn(person, username);
        openFloor(person);
        return person;
    }

    private void openFloor(Page on) {
        on.navigate(url("/rooms/" + roomId + "?tab=floor"));
        assertThat(on.locator("#floor-panel")).isVisible();
        waitForVaadin(on);
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", "outage-" + name + ".png")));
    }

    @Test
    void the_room_says_the_database_is_down_refuses_actions_keeps_the_typed_text_and_recovers_without_a_reload() {
        signIn("eco.chair.un");
        openFloor(page);
        var chair = page;
        var delegate = person("eco.fao", Language.EN);
        var observer = person("eco.observer", Language.AR);
        assertThat(chair.locator("#floor-queue .queue-row")).hasCount(1);
        assertThat(chair.locator("#database-unavailable")).isHidden();

        // the delegate starts writing the statement of the request
        delegate.locator("#floor-statement").click();
        var typed = "FAO supports the food security initiative " + UUID.randomUUID().toString().substring(0, 6);
        delegate.locator("#floor-statement-textEn textarea").fill(typed);

        try (var outage = DatabaseOutage.begin()) {
            // every page says so, in its language, and stays as it was
            assertThat(chair.locator("#database-unavailable")).isVisible();
            assertThat(chair.locator("#database-unavailable")).containsText(text("outage.database.title"));
            assertThat(observer.locator("#database-unavailable")).containsText(
                    text(Language.AR, "outage.database.title"));
            assertThat(delegate.locator("#database-unavailable")).isVisible();
            assertThat(observer.locator("#floor-queue .queue-row")).hasCount(1);
            screenshot(chair, "database-en");
            screenshot(observer, "database-ar");

            // actions are refused with the translated message, nothing else
            delegate.locator("#floor-statement-save").click();
            assertThat(delegate.locator("vaadin-notification-card").last())
                    .containsText(text("common.database-unavailable"));
            assertThat(delegate.locator("#floor-statement-dialog")).isAttached(); // still open, with the text
            chair.locator("#floor-next").click();
            assertThat(chair.locator("vaadin-notification-card").last())
                    .containsText(text("common.database-unavailable"));
            assertThat(chair.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator
                    .FilterOptions().setHasText(text("error.unexpected", "").split(";")[0]))).hasCount(0);

            outage.end();
        }

        // back: the banner goes by itself, and the room works again without a reload
        assertThat(chair.locator("#database-unavailable")).isHidden();
        assertThat(observer.locator("#database-unavailable")).isHidden();
        assertThat(delegate.locator("#database-unavailable")).isHidden();
        chair.locator("#floor-next").click();
        assertThat(observer.locator("#floor-speaker-name")).containsText(DELEGATE_NAME);
        assertThat(delegate.locator("#floor-speaker-name")).containsText(DELEGATE_NAME);
        assertThat(chair.locator("#floor-queue .queue-row")).hasCount(0);

        // the delegate's text was not lost: after a reload it comes back from the browser and is saved
        assertThat(as("eco.fao", () -> statements.ofRequest(roomId, requestId))).isEmpty();
        openFloor(delegate);
        delegate.locator("#floor-statement").click();
        assertThat(delegate.locator("#floor-statement-textEn textarea")).hasValue(typed);
        delegate.locator("#floor-statement-save").click();
        assertThat(delegate.locator("#floor-statement-dialog")).not().isAttached();
        var saved = as("eco.fao", () -> statements.ofRequest(roomId, requestId));
        assertThat(saved).hasValueSatisfying(statement -> assertThat(statement.text().en()).isEqualTo(typed));
        // confirmed: the browser's copy is gone
        assertThat((Object) delegate.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith("
                + "'majlis.statement-draft.')).length")).isEqualTo(0);
    }
}
