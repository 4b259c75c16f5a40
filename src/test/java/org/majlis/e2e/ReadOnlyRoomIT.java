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
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Paths;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A closed room in the browser, in the demo's Cultural, Social and Humanitarian room of the 16th edition (closed for
 * the test and reopened after it): its chair ({@code csh.chair.un}) is told why and finds no control on any tab, in
 * English and in Arabic (right-to-left); an open page follows the secretariat closing the room; the secretariat
 * closes (after confirming) and reopens (with a reason) in Editions and sees the room's history. Screenshots in
 * {@code target/screenshots/read-only-*.png}.
 */
class ReadOnlyRoomIT extends BrowserTest {

    @Autowired
    RoomService rooms;
    @Autowired
    AgendaService agenda;

    long roomId;

    @BeforeEach
    void anItemOnTheAgenda() {
        roomId = demo.room(16, RoomKind.CULTURAL_SOCIAL_HUMANITARIAN);
        var title = "Heritage in danger " + UUID.randomUUID().toString().substring(0, 6);
        LiveRoomFixture.as("csh.chair.un", () -> agenda.create(roomId, new AgendaItemData(
                LocalizedText.of(title, null, "التراث المعرض للخطر"), LocalizedText.empty(), 20,
                SpeakingLimits.none())));
    }

    @AfterEach
    void reopenTheRoom() {
        LiveRoomFixture.asAdmin(() -> {
            var room = rooms.details(roomId).room();
            return room.open() ? room : rooms.reopen(roomId, room.version(), "End of the test");
        });
    }

    private void closeTheRoom() {
        LiveRoomFixture.asAdmin(() -> rooms.close(roomId, rooms.details(roomId).room().version()));
    }

    private static void tab(Page on, String label) {
        on.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(label)).click();
        waitForVaadin(on);
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "screenshots", "read-only-" + name + ".png")));
    }

    /** No button on the room's tabs: the tab sheet's content has none (the tabs themselves are not buttons). */
    private static void noControlsOn(Page on, String tabLabel) {
        tab(on, tabLabel);
        assertThat(on.locator("#room-tabs vaadin-button:visible")).hasCount(0);
    }

    @Test
    void a_closed_room_tells_its_chair_why_and_shows_no_controls_in_english_and_in_arabic() {
        closeTheRoom();
        signIn("csh.chair.un");
        open("/rooms/" + roomId);

        assertThat(page.locator("#room-notice")).isVisible();
        assertThat(page.locator("#room-notice-text")).hasText(text("room.read-only.CLOSED"));
        noControlsOn(page, text("room.tab.floor"));
        noControlsOn(page, text("room.tab.matrix"));
        assertThat(page.locator("#matrix-grid")).isVisible();
        noControlsOn(page, text("room.tab.agenda"));
        assertThat(page.locator(".agenda-item").first()).isVisible();
        screenshot(page, "room-en");

        useLanguage(Language.AR);
        open("/rooms/" + roomId);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("#room-notice-text")).hasText(text(Language.AR, "room.read-only.CLOSED"));
        noControlsOn(page, text(Language.AR, "room.tab.agenda"));
        screenshot(page, "room-ar");
    }

    @Test
    void an_open_page_follows_the_secretariat_closing_and_reopening_the_room() {
        signIn("csh.chair.un");
        open("/rooms/" + roomId);
        tab(page, text("room.tab.agenda"));
        assertThat(page.locator("#agenda-add")).isVisible();
        assertThat(page.locator("#room-notice")).isHidden();

        closeTheRoom();
        assertThat(page.locator("#room-notice-text")).hasText(text("room.read-only.CLOSED"));
        assertThat(page.locator("#agenda-add")).hasCount(0);
        assertThat(page.locator("vaadin-tab[selected]")).hasText(text("room.tab.agenda"));

        LiveRoomFixture.asAdmin(() -> rooms.reopen(roomId, rooms.details(roomId).room().version(),
                "The chairs finish the agenda"));
        assertThat(page.locator("#agenda-add")).isVisible();
        assertThat(page.locator("#room-notice-change")).containsText("The chairs finish the agenda");
    }

    @Test
    void the_secretariat_closes_after_confirming_and_reopens_with_a_reason_in_editions_in_english_and_arabic() {
        signIn("admin");
        open("/admin/editions");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Astana")).first().click();
        var roomTitle = "Cooperation on Cultural, Social and Humanitarian Issues";
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(roomTitle)).first().click();
        assertThat(page.locator("#toggle-room")).hasText(text("admin.rooms.close"));

        page.locator("#toggle-room").click();
        assertThat(page.getByText(text("admin.rooms.close.text"))).isVisible();
        screenshot(page, "close-confirm-en");
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#toggle-room")).hasText(text("admin.rooms.open"));
        assertThat(page.locator("#room-status-history li").first()).containsText("Closed by");

        page.locator("#toggle-room").click();
        page.locator("#reopen-reason textarea").fill("The plenary asked for one more session");
        screenshot(page, "reopen-en");
        page.locator("#reopen-confirm").click();
        assertThat(page.locator("#toggle-room")).hasText(text("admin.rooms.close"));
        assertThat(page.locator("#room-status-history li").first())
                .containsText("The plenary asked for one more session");
        page.locator("#room-status-history").scrollIntoViewIfNeeded();
        screenshot(page, "history-en");

        useLanguage(Language.AR);
        open("/admin/editions");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("أستانا")).first().click();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("التعاون في القضايا الثقافية والاجتماعية والإنسانية")).first().click();
        assertThat(page.locator("#room-status-history li").first())
                .containsText("The plenary asked for one more session"); // the reason as it was written
        page.locator("#toggle-room").click();
        assertThat(page.getByText(text(Language.AR, "admin.rooms.close.text"))).isVisible();
        screenshot(page, "close-confirm-ar");
        page.locator("vaadin-button[slot='confirm-button']:visible").click();
        assertThat(page.locator("#toggle-room")).hasText(text(Language.AR, "admin.rooms.open"));
        page.locator("#toggle-room").click();
        page.locator("#reopen-reason textarea").fill("طلبت الجلسة العامة جلسة إضافية");
        screenshot(page, "reopen-ar");
        page.locator("#reopen-confirm").click();
        assertThat(page.locator("#room-status-history li").first()).containsText("طلبت الجلسة العامة جلسة إضافية");
        page.locator("#room-status-history").scrollIntoViewIfNeeded();
        screenshot(page, "history-ar");
    }
}
