package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The live room in three browsers at once, in the Economic and Scientific room of the 16th edition: the chair
 * ({@code eco.chair.un}, {@link #page}), a delegate ({@code eco.fao}) and an observer ({@code eco.observer}), each
 * in a session of their own. Nobody reloads.
 */
class LiveRoomIT extends BrowserTest {

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    JdbcTemplate jdbc;

    long roomId;
    String title;

    @BeforeEach
    void createItem() {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        title = "Food security " + UUID.randomUUID().toString().substring(0, 6);
        closeOpenItems(agenda, roomId);
        LiveRoomFixture.as("eco.chair.un", () -> agenda.create(roomId, new AgendaItemData(
                LocalizedText.of(title, null, "الأمن الغذائي"), LocalizedText.empty(), 20,
                new SpeakingLimits(180, null, null, null))));
    }

    @AfterEach
    void closeItem() {
        closeOpenItems(agenda, roomId);
    }

    static long ecoRoom(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT r.id FROM room r JOIN edition e ON e.id = r.edition_id"
                + " WHERE e.number = 16 AND r.kind = 'ECONOMIC_SCIENTIFIC'", Long.class);
    }

    static void closeOpenItems(AgendaService agenda, long roomId) {
        LiveRoomFixture.as("eco.chair.un", () -> agenda.currentItem(roomId)
                .ifPresent(open -> agenda.close(roomId, open.id())));
    }

    private Page person(String username) {
        var person = newSession();
        signIn(person, username);
        return person;
    }

    private void openRoom(Page on) {
        on.navigate(url("/rooms/" + roomId));
        assertThat(on.locator("#live-status")).isVisible();
        waitForVaadin(on);
    }

    private static void tab(Page on, String label) {
        on.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "playwright", "live-room-" + name + ".png")));
    }

    @Test
    void a_delegates_request_reaches_the_chair_and_the_chairs_floor_reaches_delegate_and_observer_without_reload() {
        signIn("eco.chair.un");
        var chair = page;
        var delegate = person("eco.fao");
        var observer = person("eco.observer");
        for (var on : new Page[]{chair, delegate, observer}) {
            openRoom(on);
        }
        tab(delegate, text("room.tab.floor"));

        // the chair opens the item on the Agenda tab: everyone's status bar shows it
        tab(chair, text("room.tab.agenda"));
        var row = chair.locator(".agenda-item").filter(new Locator.FilterOptions()
                .setHasText(title));
        row.locator(".agenda-open").click();
        assertThat(row).hasAttribute("current", "");
        assertThat(observer.locator("#live-item")).containsText(title);
        assertThat(delegate.locator("#floor-item")).containsText(title);

        // the delegate asks for the floor: it appears on the chair's Floor tab
        tab(chair, text("room.tab.floor"));
        assertThat(chair.locator("#floor-queue")).containsText(text("floor.queue.empty"));
        delegate.locator("#floor-request").click();
        assertThat(delegate.locator("#floor-my-status")).hasText(text("floor.mine.waiting", 1,
                text("floor.kind.STATEMENT")));
        assertThat(chair.locator("#floor-queue .queue-row")).hasCount(1);
        assertThat(chair.locator("#floor-queue")).containsText("Jean-Marc Lefèvre");

        // the chair gives the floor: delegate and observer see the speaker and the countdown
        chair.locator("#floor-next").click();
        assertThat(delegate.locator("#floor-my-status")).hasText(text("floor.mine.speaking"));
        assertThat(observer.locator("#live-speaker")).containsText("Jean-Marc Lefèvre");
        var countdown = observer.locator("#live-countdown");
        assertThat(countdown).hasText(Pattern.compile("^[23]:\\d\\d$")); // 3:00 limit, counting down
        assertThat(countdown).hasAttribute("dir", "ltr"); // digits stay left-to-right, also on an Arabic page
        var first = countdown.textContent();
        observer.waitForTimeout(2_100);
        assertThat(countdown).not().hasText(first); // ticks in the browser
        assertThat(delegate.locator("#floor-countdown")).hasText(Pattern.compile("^[23]:\\d\\d$"));

        screenshot(chair, "chair");
        screenshot(delegate, "delegate");
        screenshot(observer, "observer");

        // a reload shows the same countdown (computed from the stored start)
        observer.reload();
        assertThat(observer.locator("#live-countdown")).hasText(Pattern.compile("^[23]:\\d\\d$"));

        // the chair ends the intervention: it is gone everywhere
        chair.locator("#floor-end").click();
        assertThat(observer.locator("#live-speaker")).hasText(text("floor.no-speaker"));
        assertThat(delegate.locator("#floor-my-status")).hasText(text("floor.mine.spoke"));
    }

    @Test
    void the_room_in_arabic_is_right_to_left() {
        useLanguage(Language.AR);
        signIn("eco.observer");
        openRoom(page);
        var observer = page;
        assertThat(observer.locator("html")).hasAttribute("dir", "rtl");
        assertThat(observer.locator("html")).hasAttribute("lang", "ar");
        screenshot(observer, "arabic");
        assertThat(observer.locator("vaadin-tab").filter(new Locator.FilterOptions()
                .setHasText(text(Language.AR, "room.tab.floor")))).isVisible();
        assertThat(observer.locator("#live-speaker")).hasText(text(Language.AR, "floor.no-speaker"));
        assertThat(observer.locator("#live-schedule")).hasText(Pattern.compile("[\\u0600-\\u06FF]"));
    }

    @Test
    void the_chair_pauses_the_speaker_and_the_countdown_stands_still_for_an_arabic_observer_until_resumed() {
        var item = LiveRoomFixture.as("eco.chair.un", () -> {
            var created = agenda.overview(roomId).items().stream().filter(i -> i.title().en().equals(title))
                    .findFirst().orElseThrow();
            return agenda.open(roomId, created.id());
        });
        var fao = jdbc.queryForObject("SELECT organisation_id FROM participant WHERE username = 'eco.fao'", Long.class);
        var request = LiveRoomFixture.as("eco.fao",
                () -> floor.requestFloor(roomId, item.id(), fao, FloorKind.STATEMENT));
        LiveRoomFixture.as("eco.chair.un", () -> floor.grant(roomId, request.id(), null));

        useLanguage(Language.AR);
        signIn("eco.observer");
        var observer = page;
        openRoom(observer);
        var chair = person("eco.chair.un");
        openRoom(chair);
        tab(chair, text("room.tab.floor"));

        chair.locator("#floor-pause").click();
        var countdown = observer.locator("#live-countdown");
        assertThat(observer.locator("#live-paused")).hasText(text(Language.AR, "floor.paused"));
        assertThat(countdown).hasAttribute("mode", "fixed");
        var standing = countdown.textContent();
        observer.waitForTimeout(2_100);
        assertThat(countdown).hasText(standing); // stands still
        assertThat(chair.locator("#floor-paused")).hasText(text("floor.paused"));
        assertThat(chair.locator("#floor-resume")).isVisible();
        screenshot(chair, "paused-en");
        screenshot(observer, "paused-ar");

        chair.locator("#floor-resume").click();
        assertThat(observer.locator("#live-paused")).isHidden();
        assertThat(countdown).hasAttribute("mode", "down");
        observer.waitForTimeout(2_100);
        assertThat(countdown).not().hasText(standing); // ticks again
    }
}
