package org.majlis.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.majlis.LiveRoomFixture;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemStatus;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible button, link and tab of the room page reads well: its text colour has a contrast of at least
 * 4.5:1 (WCAG AA) against what is drawn behind it — walking up the rendered tree (through slots and shadow hosts)
 * until an opaque background, blending the transparent ones. Checked on each tab of the 16th edition's Economic room,
 * as a co-chair and as a delegate, in English and in Arabic, with agenda items in every state (so that Open, Close,
 * Defer and Reopen are all on screen). Leaves a screenshot of each tab under {@code target/screenshots/}.
 */
class ContrastIT extends BrowserTest {

    private static final double MINIMUM = 4.5;
    private static final List<String> TABS = List.of("room.tab.people", "room.tab.agenda", "room.tab.floor",
            "room.tab.matrix", "room.tab.report");
    private static final String SCRIPT = script();

    @Autowired
    AgendaService agenda;

    long roomId;

    @BeforeEach
    void agendaWithAPendingAClosedAndAnOpenItem() {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        LiveRoomFixture.as("eco.chair.un", () -> {
            var items = agenda.overview(roomId).items();
            if (items.stream().noneMatch(i -> i.status() == AgendaItemStatus.CLOSED)) {
                var closed = agenda.create(roomId, item("Opening statements"));
                agenda.currentItem(roomId).ifPresent(open -> agenda.close(roomId, open.id()));
                agenda.open(roomId, closed.id());
                agenda.close(roomId, closed.id());
            }
            if (agenda.overview(roomId).items().stream().noneMatch(i -> i.status() == AgendaItemStatus.PENDING)) {
                agenda.create(roomId, item("Any other business"));
            }
            if (agenda.currentItem(roomId).isEmpty()) {
                var open = agenda.create(roomId, item("Food security"));
                agenda.open(roomId, open.id());
            }
        });
    }

    private static AgendaItemData item(String title) {
        return new AgendaItemData(LocalizedText.of(title, null, "بند " + title), LocalizedText.empty(), 20,
                new SpeakingLimits(180, null, null, null));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"eco.chair.un, EN", "eco.chair.un, AR", "eco.fao, EN", "eco.fao, AR"})
    void every_visible_button_link_and_tab_of_the_room_reads_at_least_4_5_to_1(String username, Language language) {
        useLanguage(language);
        signIn(username);
        open("/rooms/" + roomId);
        assertThat(page.locator("#room-title")).isVisible();

        var offenders = new ArrayList<String>();
        for (var tab : TABS) {
            page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(text(language, tab))).click();
            waitForVaadin();
            if (tab.equals("room.tab.agenda") && username.contains(".chair.")) {
                assertThat(page.locator(".agenda-item[data-status='PENDING'] .agenda-open").first()).isVisible();
            }
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots",
                    "contrast-" + username + "-" + language.code() + "-" + tab.substring(tab.lastIndexOf('.') + 1)
                            + ".png")));
            @SuppressWarnings("unchecked")
            var found = (List<String>) page.evaluate(SCRIPT, MINIMUM);
            found.forEach(offender -> offenders.add(tab + ": " + offender));
        }

        assertThat(offenders).as("buttons, links and tabs below %s:1 for %s in %s", MINIMUM, username, language)
                .isEmpty();
    }

    private static String script() {
        try (var in = ContrastIT.class.getResourceAsStream("/e2e/contrast.js")) {
            return new String(Objects.requireNonNull(in, "contrast.js").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
