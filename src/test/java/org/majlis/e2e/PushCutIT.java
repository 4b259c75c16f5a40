package org.majlis.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.TcpProxy;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.LocaleSupport;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * The network between some browsers and Majlis drops (ADR 0052): the FAO delegate and an observer (Arabic) reach the
 * app through a {@link TcpProxy} the test controls, the UN co-chair directly. The delegate asks for the floor and the
 * proxy cuts every connection as soon as the app has the request — the pages' push websockets included; while they are cut off the chair gives the delegate the floor and adds a minute, and the IOFS delegate asks for the
 * floor too. When the proxy opens again the pages reconnect by themselves and show all of it — nothing lost, nothing
 * twice: the delegate's request exists once, the list of speakers has each request once.
 */
class PushCutIT extends BrowserTest {

    private static final String FAO_NAME = "Jean-Marc Lefèvre"; // eco.fao in the demo data
    private static final Pattern EXTENDED = Pattern.compile("^[34]:\\d\\d$"); // 3:00 limit + 1:00, counting down

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    long roomId;
    long itemId;
    TcpProxy proxy;
    final Map<Page, Sockets> sockets = new HashMap<>();

    @BeforeEach
    void anItemOpenBehindAProxy() throws IOException {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        LiveRoomIT.closeOpenItems(agenda, roomId);
        var title = "Push cut " + UUID.randomUUID().toString().substring(0, 6);
        itemId = as("eco.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of(title, title, "انقطاع الاتصال"),
                    LocalizedText.empty(), 20, new SpeakingLimits(180, null, null, null)));
            return agenda.open(roomId, created.id()).id();
        });
        proxy = TcpProxy.to(port);
    }

    @AfterEach
    void closeItemAndProxy() {
        proxy.close();
        LiveRoomIT.closeOpenItems(agenda, roomId);
    }

    /** Someone who reaches the app through the proxy: signed in there (its own origin), on the room's Floor tab. */
    private Page throughTheProxy(String username, Language language) {
        var person = newSession();
        sockets.put(person, Sockets.of(person));
        var base = "http://localhost:" + proxy.port();
        person.context().addCookies(List.of(new Cookie(LocaleSupport.COOKIE, language.code()).setUrl(base + "/")));
        person.navigate(base + "/login");
        var form = person.locator("vaadin-login-form");
        form.locator("input[name='username']").fill(username);
        form.locator("input[name='password']").fill("demo");
        form.locator("input[name='password']").press("Enter");
        assertThat(person.locator("#current-user")).hasText(username);
        person.navigate(base + "/rooms/" + roomId + "?tab=floor");
        assertThat(person.locator("#floor-panel")).isVisible();
        waitForVaadin(person);
        return person;
    }

    /** The page's push websockets: how many it opened and how many of those closed. */
    private record Sockets(AtomicInteger opened, AtomicInteger closed) {

        static Sockets of(Page page) {
            var sockets = new Sockets(new AtomicInteger(), new AtomicInteger());
            page.onWebSocket(socket -> {
                sockets.opened.incrementAndGet();
                socket.onClose(closed -> sockets.closed.incrementAndGet());
            });
            return sockets;
        }
    }

    private int requestsOf(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM floor_request WHERE agenda_item_id = ? AND participant_id = ?",
                Integer.class, itemId, demo.participant(username));
    }

    @Test
    void pages_cut_off_reconnect_and_show_every_change_made_meanwhile_with_nothing_applied_twice() {
        signIn("eco.chair.un");
        open("/rooms/" + roomId + "?tab=floor");
        var chair = page;
        var delegate = throughTheProxy("eco.fao", Language.EN);
        var observer = throughTheProxy("eco.observer", Language.AR);

        var iofsName = asAdmin(() -> participants.get(demo.participant("eco.iofs")).fullName());

        // the delegate asks for the floor; as soon as the app has it, the connection drops
        delegate.locator("#floor-request").click();
        assertThat(chair.locator("#floor-queue .queue-row")).hasCount(1);
        var openedBefore = new HashMap<Page, Integer>();
        sockets.forEach((cutOff, its) -> openedBefore.put(cutOff, its.opened().get()));
        assertThat(openedBefore.values()).allMatch(opened -> opened > 0); // push runs over a websocket
        proxy.close();
        for (var cutOff : List.of(delegate, observer)) { // the pages' websockets are cut
            cutOff.waitForCondition(() -> sockets.get(cutOff).closed().get() >= openedBefore.get(cutOff));
        }

        // meanwhile: the chair gives the floor to the next speaker and adds a minute; IOFS asks for the floor
        chair.locator("#floor-next").click();
        assertThat(chair.locator("#floor-speaker-name")).containsText(FAO_NAME);
        chair.locator("#floor-add-60").click();
        assertThat(chair.locator("#floor-countdown")).hasText(EXTENDED);
        var iofs = asAdmin(() -> participants.get(demo.participant("eco.iofs")).organisationId());
        as("eco.iofs", () -> floor.requestFloor(roomId, itemId, iofs, FloorKind.STATEMENT));
        assertThat(chair.locator("#floor-queue .queue-row")).hasCount(1);
        assertThat(observer.locator("#floor-speaker-name").textContent()).doesNotContain(FAO_NAME); // cut off
        assertThat(delegate.locator("#floor-speaker-name").textContent()).doesNotContain(FAO_NAME);

        // the network is back: both pages catch up by themselves, without a reload
        proxy.open();
        for (var cutOff : List.of(delegate, observer)) {
            assertThat(cutOff.locator("#floor-speaker-name")).containsText(FAO_NAME);
            assertThat(cutOff.locator("#floor-countdown")).hasText(EXTENDED);
            var queue = cutOff.locator("#floor-queue .queue-row");
            assertThat(queue).hasCount(1);
            assertThat(queue.first()).containsText(iofsName);
        }
        assertThat(delegate.locator("#floor-my-status")).isVisible();
        sockets.forEach((cutOff, its) -> assertThat(its.opened().get()).as("a new push websocket")
                .isGreaterThan(openedBefore.get(cutOff)));

        // nothing twice: one request each, and a further action from the reconnected page works once
        assertThat(requestsOf("eco.fao")).isEqualTo(1);
        assertThat(requestsOf("eco.iofs")).isEqualTo(1);
        chair.locator("#floor-next").click();
        assertThat(observer.locator("#floor-speaker-name")).containsText(iofsName);
        assertThat(observer.locator("#floor-queue .queue-row")).hasCount(0);
        assertThat(delegate.locator("#floor-queue .queue-row")).hasCount(0);
        assertThat(requestsOf("eco.fao")).isEqualTo(1);
    }
}
