package org.majlis.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.security.LocalAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * A long list of speakers as a delegate sees it in the browser (ADR 0044): the first twenty, their own place after
 * them, and a line saying how many more wait — in English and in Arabic, right to left. The room is in an edition
 * that is over (so the current edition's rooms stay as other tests count them); its requests are written straight to
 * the table, as the delegates of a past edition can no longer ask for the floor.
 */
class LongQueueIT extends BrowserTest {

    private static final int DELEGATES = 24;

    @Autowired
    ApplicationContext spring;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LocalAccounts accounts;

    LiveRoomFixture room;

    @BeforeEach
    void aLongListOfSpeakers() {
        room = LiveRoomFixture.createInPastEdition(spring, DELEGATES);
        var item = asAdmin(() -> {
            var created = agenda.create(room.roomId, new AgendaItemData(
                    LocalizedText.of("Food security", "Sécurité alimentaire", "الأمن الغذائي"), LocalizedText.empty(),
                    30, SpeakingLimits.none()));
            return agenda.open(room.roomId, created.id());
        });
        asAdmin(() -> {
            accounts.createDemoAccount(room.delegate(DELEGATES - 1), false); // the one who signs in
            return null;
        });
        var at = Instant.now().minusSeconds(600);
        for (var i = 0; i < DELEGATES; i++) {
            jdbc.update("insert into floor_request (room_id, agenda_item_id, participant_id, speaker_name,"
                            + " organisation_id, organisation_en, organisation_fr, organisation_ar, kind, status,"
                            + " requested_at) select ?, ?, ?, ?, id, name_en, name_fr, name_ar, 'STATEMENT', 'WAITING', ?"
                            + " from organisation where id = ?", room.roomId, item.id(), room.delegateParticipants.get(i),
                    "Delegate %02d".formatted(i + 1), Timestamp.from(at.plusSeconds(i)), room.organisationOf(i));
        }
    }

    @Test
    void the_last_delegate_sees_the_first_twenty_their_own_place_and_how_many_more_wait() {
        signIn(room.delegate(DELEGATES - 1));
        open("/rooms/" + room.roomId + "?tab=floor");

        assertThat(page.locator(".floor-queue .queue-row")).hasCount(21);
        assertThat(page.locator(".floor-queue .queue-row[mine]")).containsText("Delegate 24");
        assertThat(page.locator("#floor-queue-more")).hasText(text("floor.queue.more", DELEGATES - 21));
        assertThat(page.locator("#floor-queue-more")).isVisible();
        screenshot("long-queue-en");
    }

    @Test
    void in_arabic_the_line_of_those_not_shown_reads_right_to_left() {
        useLanguage(Language.AR);
        signIn(room.delegate(DELEGATES - 1));
        open("/rooms/" + room.roomId + "?tab=floor");

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#floor-queue-more")).hasText(text(Language.AR, "floor.queue.more", DELEGATES - 21));
        screenshot("long-queue-ar");
    }

    /** The end of the list: the delegate's own row and the line under it. */
    private void screenshot(String name) {
        page.locator("#floor-queue-more").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "playwright", name + ".png")));
    }
}
