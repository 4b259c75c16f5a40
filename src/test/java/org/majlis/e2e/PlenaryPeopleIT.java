package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.base.Language;
import org.majlis.meetings.ParticipantData;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomAssignment;
import org.majlis.meetings.RoomRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.file.Paths;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * A room with a plenary's crowd of observers, in the browser: the People tab shows the few co-chairs and delegates as
 * a list and the many observers as a scrolling list that reads its rows page by page (ADR 0043), in English and in
 * Arabic, right to left.
 */
class PlenaryPeopleIT extends BrowserTest {

    private static final int OBSERVERS = 120;

    @Autowired
    ApplicationContext spring;
    @Autowired
    ParticipantService participants;

    LiveRoomFixture room;

    @BeforeEach
    void crowd() {
        // a past edition: the test's rooms never show among the current edition's rooms that other tests count
        room = LiveRoomFixture.createInPastEdition(spring, 2);
        asAdmin(() -> {
            for (var i = 1; i <= OBSERVERS; i++) {
                var created = participants.create(new ParticipantData("Observer %03d".formatted(i),
                        "plenary%03d.%d@test.example".formatted(i, room.roomId), null, null, null));
                participants.assign(created.id(), created.version(), room.editionId,
                        List.of(new RoomAssignment(room.roomId, RoomRole.OBSERVER)));
            }
            return null;
        });
    }

    @Test
    void the_observers_of_a_plenary_scroll_in_a_list_read_page_by_page() {
        signIn("admin");
        open("/rooms/" + room.roomId);

        var observers = page.locator("#room-people-observer");
        assertThat(observers).isVisible();
        assertThat(page.locator("#room-people .member-count").last()).hasText(String.valueOf(OBSERVERS + 1));
        assertThat(observers).containsText("Observer 001");
        // the last ones are not on the page until the list is scrolled to them
        assertThat(observers.getByText("Observer 120")).hasCount(0);
        screenshot("plenary-people-en");

        observers.evaluate("list => list.scrollToIndex(" + OBSERVERS + ")");
        assertThat(observers.getByText("Observer 120")).isVisible();
    }

    @Test
    void in_arabic_the_list_of_observers_reads_right_to_left() {
        useLanguage(Language.AR);
        signIn("admin");
        open("/rooms/" + room.roomId);

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        var observers = page.locator("#room-people-observer");
        assertThat(observers).containsText("Observer 001");
        assertThat(page.locator("#room-people h3").last()).containsText(text(Language.AR, "role.plural.OBSERVER"));
        screenshot("plenary-people-ar");
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "playwright", name + ".png")));
    }
}
