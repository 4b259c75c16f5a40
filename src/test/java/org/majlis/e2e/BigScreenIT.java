package org.majlis.e2e;

import com.microsoft.playwright.Clock;
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
import org.majlis.floor.BigScreenService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomKind;
import org.apache.catalina.Context;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import java.nio.file.Paths;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The big screen next to the chair's room page, in the Political room of the 16th edition (an item of its own,
 * closed afterwards; no room is added): the chair ({@code pol.chair.un}) makes a big-screen link in the room page's
 * dialog, a browser that never signed in opens it like a projector would, the chair gives the floor and the screen
 * shows the speaker and the next ones without a reload; then in French and Arabic (screenshots
 * {@code target/playwright/big-screen-*.png}, copied to docs/images); the screen catches up by itself after a network
 * cut and reloads itself when its session is lost (as after a restart); the chair revokes the link and the open
 * screen stops showing the room.
 */
class BigScreenIT extends BrowserTest {

    private static final String[] DELEGATES = {"pol.undp", "pol.unhcr", "pol.iphrc"};

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    RoomAccess roomAccess;
    @Autowired
    ApplicationContext application;
    @Autowired
    BigScreenService screens;

    long roomId;
    String title;

    @BeforeEach
    void anItemWithSpeakers() {
        roomId = demo.room(16, RoomKind.POLITICAL);
        title = "Peace and security in the Sahel " + UUID.randomUUID().toString().substring(0, 4);
        closeOpenItems();
        var item = LiveRoomFixture.as("pol.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(
                    LocalizedText.of(title, "Paix et sécurité au Sahel", "السلام والأمن في منطقة الساحل"),
                    LocalizedText.empty(), 30, new SpeakingLimits(300, null, null, null)));
            return agenda.open(roomId, created.id());
        });
        for (var i = 0; i < DELEGATES.length; i++) {
            var delegate = DELEGATES[i];
            var kind = i == 2 ? FloorKind.QUESTION : FloorKind.STATEMENT;
            LiveRoomFixture.as(delegate, () -> floor.requestFloor(roomId, item.id(),
                    roomAccess.currentParticipant().orElseThrow().organisationId(), kind));
        }
    }

    @AfterEach
    void closeItem() {
        closeOpenItems();
    }

    private void closeOpenItems() {
        LiveRoomFixture.as("pol.chair.un", () -> agenda.currentItem(roomId)
                .ifPresent(open -> agenda.close(roomId, open.id())));
    }

    @Test
    void the_chair_gives_the_floor_and_the_big_screen_opened_by_its_link_shows_the_speaker_live() throws Exception {
        signIn("pol.chair.un");
        open("/rooms/" + roomId + "?tab=floor");
        page.locator("#screen-links-open").click();
        page.locator("#screen-link-create").click();
        var field = page.locator("#screen-link-address input");
        assertThat(field).hasValue(Pattern.compile("^http://localhost:\\d+/screen/[A-Za-z0-9_-]{43}$"));
        var address = field.inputValue();
        assertThat(page.locator("#screen-links-grid")).containsText(text("screen.links.never"));
        page.locator("#screen-links-close").click();

        var screen = newSession(); // the projector: never signed in
        screen.setViewportSize(1280, 720);
        screen.navigate(address + "?lang=en");
        assertThat(screen.locator("#screen-item")).hasText(title);
        assertThat(screen.locator("#screen-speaker-label")).hasText(text("screen.floor-free"));
        assertThat(screen.locator("#screen-next li")).hasCount(3);

        // the chair gives the floor: the screen shows the speaker and the next two, without a reload
        page.locator("#floor-next").click();
        assertThat(screen.locator("#screen-speaker-name")).containsText("Carlos Mendes");
        assertThat(screen.locator("#screen-speaker-name")).containsText("UNDP");
        assertThat(screen.locator("#screen-countdown")).hasText(Pattern.compile("^[45]:\\d\\d$"));
        assertThat(screen.locator("#screen-next li")).hasCount(2);
        assertThat(screen.locator("#screen-next")).containsText("Aisha Rahman");
        assertThat(screen.locator("#screen-next")).containsText(text("floor.kind.QUESTION"));
        screenshot(screen, "big-screen-en");

        for (var language : new Language[] {Language.FR, Language.AR}) {
            screen.navigate(address + "?lang=" + language.code());
            assertThat(screen.locator("#screen-speaker-label")).hasText(text(language, "screen.speaker"));
            assertThat(screen.locator("#screen-countdown")).isVisible();
            assertThat(screen.locator("html")).hasAttribute("lang", language.code());
            screenshot(screen, "big-screen-" + language.code());
        }
        assertThat(screen.locator("html")).hasAttribute("dir", "rtl");
        assertThat(screen.locator("#screen-item")).hasText("السلام والأمن في منطقة الساحل");

        // a network cut: the chair gives the floor meanwhile; once back, the screen shows the new speaker by itself
        screen.context().setOffline(true);
        page.locator("#floor-next").click();
        assertThat(page.locator("#floor-speaker-name")).containsText("Aisha Rahman");
        screen.waitForTimeout(3000); // offline for a while (a poll fails meanwhile)
        screen.context().setOffline(false);
        assertThat(screen.locator("#screen-speaker-name")).containsText("Aisha Rahman");
        assertThat(screen.locator("#screen-next li")).hasCount(1);

        // the session is lost (as after a server restart): the screen reloads itself, no notice, no sign-in
        screen.evaluate("window.majlisBeforeReload = true");
        expireSession(screen);
        screen.waitForFunction("() => window.majlisBeforeReload === undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
        assertThat(screen.locator("#screen-speaker-name")).containsText("Aisha Rahman");
        assertThat(screen.locator("html")).hasAttribute("dir", "rtl");

        // the chair revokes the link: the open screen stops showing the room at once
        page.locator("#screen-links-open").click();
        var prefix = address.substring(address.lastIndexOf('/') + 1, address.lastIndexOf('/') + 7);
        var linkId = LiveRoomFixture.as("pol.chair.un", () -> screens.links(roomId)).stream()
                .filter(listed -> listed.prefix().equals(prefix)).findFirst().orElseThrow().id();
        page.locator("#screen-link-revoke-" + linkId).click();
        page.locator("#confirm-revoke-screen-link vaadin-button[slot='confirm-button']").click();
        assertThat(screen.locator("#screen-refused")).isVisible();
        assertThat(screen.locator("#screen-refused")).hasText(text(Language.AR, "screen.link-refused"));
        assertThat(screen.locator("#big-screen")).not().containsText("Aisha Rahman");
    }

    @Test
    void the_countdown_turns_amber_in_its_last_30_seconds_and_red_once_over() {
        closeOpenItems(); // this test's own item, with a 32-second limit
        var item = LiveRoomFixture.as("pol.chair.un", () -> agenda.open(roomId, agenda.create(roomId,
                new AgendaItemData(LocalizedText.of("Short statements " + title, null, null), LocalizedText.empty(),
                        10, new SpeakingLimits(32, null, null, null))).id()));
        LiveRoomFixture.as("pol.undp", () -> floor.requestFloor(roomId, item.id(),
                roomAccess.currentParticipant().orElseThrow().organisationId(), FloorKind.STATEMENT));
        var link = LiveRoomFixture.as("pol.chair.un", () -> screens.create(roomId));
        LiveRoomFixture.as("pol.chair.un", () -> floor.grantNext(roomId, item.id(), null));

        page.setViewportSize(1280, 720);
        // The browser's own clock, which the countdown reads, runs from now and is moved on below instead of the
        // test waiting the 32 s out (the skew to the server's clock is taken once, when the page starts).
        page.clock().install(new Clock.InstallOptions().setTime(System.currentTimeMillis()));
        page.navigate(url("/screen/" + link.token()));
        var countdown = page.locator("#screen-countdown");
        assertThat(countdown).hasText(Pattern.compile("^0:(2\\d|3[0-2])$"));
        assertThat(countdown).hasAttribute("near", "");
        assertThat(countdown).not().hasAttribute("overrun", "");
        page.clock().fastForward(33_000);
        assertThat(countdown).hasAttribute("overrun", "");
        assertThat(countdown).not().hasAttribute("near", "");
        assertThat(countdown).hasText(Pattern.compile("^\\+0:0\\d$"));
        LiveRoomFixture.as("pol.chair.un", () -> screens.revoke(roomId, link.summary().id())); // leaves no link
    }

    /** Ends the page's HTTP session on the server, as a restart would (the browser keeps its now useless cookie). */
    private void expireSession(Page on) throws Exception {
        var id = on.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst()
                .orElseThrow().value;
        var server = (TomcatWebServer) ((WebServerApplicationContext) application).getWebServer();
        var expired = false;
        for (var child : server.getTomcat().getHost().findChildren()) {
            var session = ((Context) child).getManager().findSession(id);
            if (session != null) {
                session.expire();
                expired = true;
            }
        }
        org.assertj.core.api.Assertions.assertThat(expired).as("the screen's session was found").isTrue();
    }

    private static void screenshot(Page on, String name) {
        waitForVaadin(on); // no loading bar in the picture
        on.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", name + ".png")));
    }
}
