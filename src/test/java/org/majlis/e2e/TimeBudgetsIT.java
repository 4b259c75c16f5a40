package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Time per organisation in three browsers, in the Political room of the 16th edition (its own item; the budget is
 * set for that item only, so other tests' pages of the room show none): the chair ({@code pol.chair.un}) sets a
 * budget in the dialog (a negative one first: refused, next to the field), then runs the speakers; UNDP has nearly
 * used its budget, and the waiting delegate ({@code pol.unhcr}) and an Arabic observer see time used and left per
 * organisation and the speaker's countdown turn amber, then red, without reloading. Screenshots in
 * {@code target/playwright/time-budgets-*.png} (copied to docs/images).
 */
class TimeBudgetsIT extends BrowserTest {

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    JdbcTemplate jdbc;

    long roomId;
    String title;
    AgendaItemSummary item;

    @BeforeEach
    void openAnItem() {
        roomId = demo.room(16, RoomKind.POLITICAL);
        title = "Mediation " + UUID.randomUUID().toString().substring(0, 6);
        item = LiveRoomFixture.as("pol.chair.un", () -> {
            agenda.currentItem(roomId).ifPresent(open -> agenda.close(roomId, open.id()));
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of(title, null, "الوساطة"),
                    LocalizedText.empty(), 20, new SpeakingLimits(180, null, null, null)));
            return agenda.open(roomId, created.id());
        });
    }

    @AfterEach
    void closeItem() {
        LiveRoomFixture.as("pol.chair.un", () -> agenda.currentItem(roomId)
                .ifPresent(open -> agenda.close(roomId, open.id())));
    }

    private Page person(String username) {
        var person = newSession();
        signIn(person, username);
        return person;
    }

    private void openFloor(Page on, Language language) {
        on.navigate(url("/rooms/" + roomId + "?tab=floor"));
        assertThat(on.locator("#floor-panel")).isVisible();
        waitForVaadin(on);
        assertThat(on.locator("#floor-item")).containsText(language == Language.AR ? "الوساطة" : title);
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "playwright", "time-budgets-" + name + ".png")));
    }

    private FloorRequestSummary ask(String username) {
        var organisation = jdbc.queryForObject("SELECT organisation_id FROM participant WHERE username = ?",
                Long.class, username);
        return LiveRoomFixture.as(username, () -> floor.requestFloor(roomId, item.id(), organisation,
                FloorKind.STATEMENT));
    }

    @Test
    void the_chair_sets_a_budget_and_runs_speakers_and_the_delegate_and_an_arabic_observer_see_time_left() {
        useLanguage(Language.AR);
        signIn("pol.observer");
        var observer = page;
        var chair = person("pol.chair.un");
        var delegate = person("pol.unhcr");
        openFloor(chair, Language.EN);
        openFloor(delegate, Language.EN);
        openFloor(observer, Language.AR);
        assertThat(delegate.locator("#floor-budget-summary")).hasText(text("budgets.none"));

        // the chair sets 4 minutes per organisation for this item; a negative number first: refused at the field
        chair.locator("#floor-budget-edit").click();
        var mode = chair.locator("#budget-item-mode vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(text("budgets.dialog.limit")));
        mode.click();
        var minutes = chair.locator("#budget-item-minutes");
        minutes.locator("input").fill("-3");
        chair.locator("#budget-save").click();
        assertThat(minutes).hasAttribute("invalid", "");
        assertThat(minutes).containsText(text("budgets.error.range", 8));
        assertThat(delegate.locator("#floor-budget-summary")).hasText(text("budgets.none"));
        minutes.locator("input").fill("4");
        chair.locator("#budget-save").click();
        assertThat(chair.locator("#budget-dialog")).isHidden();
        var summary = text("budgets.summary", "4:00", text("budgets.source.ITEM"));
        assertThat(delegate.locator("#floor-budget-summary")).hasText(summary);
        assertThat(observer.locator("#floor-budget-summary"))
                .hasText(text(Language.AR, "budgets.summary", "4:00", text(Language.AR, "budgets.source.ITEM")));

        // UNDP already spoke 3:05 on the item; it asks again, then UNHCR
        var earlier = ask("pol.undp");
        LiveRoomFixture.as("pol.chair.un", () -> floor.grant(roomId, earlier.id(), null));
        jdbc.update("UPDATE floor_request SET started_at = TIMESTAMPADD(SECOND, -185, UTC_TIMESTAMP(6)) WHERE id = ?",
                earlier.id());
        LiveRoomFixture.as("pol.chair.un", () -> floor.endIntervention(roomId, earlier.id()));
        ask("pol.undp");
        ask("pol.unhcr");
        assertThat(delegate.locator("#floor-queue .queue-row")).hasCount(2);
        assertThat(delegate.locator("#floor-queue .queue-row[mine] .queue-budget"))
                .hasText(text("budgets.queue", "0:00", "4:00"));

        // the chair gives the floor to UNDP: 55 s left of its budget, within the last minute: amber everywhere
        chair.locator("#floor-next").click();
        assertThat(delegate.locator("#floor-speaker-name")).containsText("Carlos Mendes");
        var countdown = delegate.locator("#floor-countdown");
        assertThat(countdown).hasAttribute("budget-near", "");
        assertThat(countdown).hasText(Pattern.compile("^[23]:\\d\\d$")); // the speaker's own 3:00 limit
        assertThat(delegate.locator("#floor-budget-left")).hasText(Pattern.compile("^0:[45]\\d$"));
        assertThat(delegate.locator("#floor-budget-speaker")).containsText("of 4:00");
        assertThat(observer.locator("#live-countdown")).hasAttribute("budget-near", "");
        assertThat(observer.locator("#floor-budget-speaker")).containsText("4:00");
        var undpLine = delegate.locator(".budget-line").first();
        assertThat(undpLine).hasAttribute("data-level", "NEAR");
        assertThat(undpLine).containsText(Pattern.compile("3:0\\d used · 0:5\\d left"));
        assertThat(delegate.locator(".budget-line").nth(1)).containsText(text("budgets.queue", "0:00", "4:00"));
        for (var on : new Page[] {delegate, observer}) {
            on.setViewportSize(1280, 1000); // the list of speakers and the time per organisation below it
        }
        screenshot(delegate, "en");
        screenshot(observer, "ar");

        // past the budget (the speaker started a minute earlier): red, and the time left counts on as "+m:ss"
        jdbc.update("UPDATE floor_request SET started_at = TIMESTAMPADD(SECOND, -60, started_at)"
                + " WHERE agenda_item_id = ? AND status = 'SPEAKING'", item.id());
        var speaking = LiveRoomFixture.as("pol.chair.un", () -> floor.state(roomId)).speaker();
        LiveRoomFixture.as("pol.chair.un", () -> floor.addTime(roomId, speaking.id(), 30)); // a change: every page
        assertThat(countdown).hasAttribute("budget-over", "");
        assertThat(delegate.locator("#floor-budget-left")).hasText(Pattern.compile("^\\+\\d:\\d\\d$"));
        assertThat(observer.locator("#live-countdown")).hasAttribute("budget-over", "");

        // the record's report lists UNDP's time on the item against the budget
        chair.locator("#floor-end").click();
        assertThat(delegate.locator("#floor-speaker-name")).isEmpty();
        delegate.locator("#floor-record").click();
        var report = delegate.locator("#floor-time-report");
        assertThat(report).containsText(text("budgets.report.title"));
        assertThat(report.locator(".time-report-row[data-level='OVER']").first()).containsText("UNDP");
    }
}
