package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.majlis.e2e.LiveRoomBrowsers.tab;
import static org.majlis.e2e.LiveRoomBrowsers.text;

/**
 * The live room in three browsers at once, in the Economic and Scientific room of the 16th edition: the chair
 * ({@code eco.chair.un}), a delegate ({@code eco.fao}) and an observer ({@code eco.observer}). Nobody reloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveRoomIT {

    @LocalServerPort
    int port;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomBrowsers browsers;
    long roomId;
    String title;

    @BeforeEach
    void setUp() {
        browsers = new LiveRoomBrowsers(port);
        roomId = ecoRoom(jdbc);
        title = "Food security " + UUID.randomUUID().toString().substring(0, 6);
        closeOpenItems(agenda, roomId);
        LiveRoomFixture.as("eco.chair.un", () -> agenda.create(roomId, new AgendaItemData(
                LocalizedText.of(title, null, "الأمن الغذائي"), LocalizedText.empty(), 20,
                new SpeakingLimits(180, null, null, null))));
    }

    @AfterEach
    void tearDown() {
        browsers.close();
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

    @Test
    void a_delegates_request_reaches_the_chair_and_the_chairs_floor_reaches_delegate_and_observer_without_reload() {
        var chair = browsers.signIn("eco.chair.un");
        var delegate = browsers.signIn("eco.fao");
        var observer = browsers.signIn("eco.observer");
        for (var page : new Page[]{chair, delegate, observer}) {
            browsers.openRoom(page, roomId);
        }
        tab(delegate, text("room.tab.floor"));

        // the chair opens the item on the Agenda tab: everyone's status bar shows it
        tab(chair, text("room.tab.agenda"));
        var row = chair.locator(".agenda-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
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

        for (var shot : new Object[][]{{chair, "chair"}, {delegate, "delegate"}, {observer, "observer"}}) {
            ((Page) shot[0]).screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Paths.get("target", "playwright", "live-room-" + shot[1] + ".png")));
        }

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
        var observer = browsers.signIn("eco.observer", "ar");
        browsers.openRoom(observer, roomId);
        assertThat(observer.locator("html")).hasAttribute("dir", "rtl");
        assertThat(observer.locator("html")).hasAttribute("lang", "ar");
        observer.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Paths.get("target", "playwright", "live-room-arabic.png")));
        assertThat(observer.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(text("ar", "room.tab.floor")))).isVisible();
        assertThat(observer.locator("#live-speaker")).hasText(text("ar", "floor.no-speaker"));
        assertThat(observer.locator("#live-schedule")).hasText(Pattern.compile("[\\u0600-\\u06FF]"));
    }
}
