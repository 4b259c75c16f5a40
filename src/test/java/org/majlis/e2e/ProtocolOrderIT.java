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
import org.majlis.floor.SpeakerOrder;
import org.majlis.meetings.DelegationRank;
import org.majlis.meetings.ParticipantService;
import org.majlis.meetings.RoomKind;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * Protocol order and a reply tied to a speech in the Economic and Scientific room, with the UN co-chair in English
 * ({@link #page}), the OIC co-chair in Arabic, a delegate (IsDB) in Arabic and an observer in English, all open at once:
 * the chair switches to protocol order and everyone sees the head of the ILO delegation move to the top; the chair
 * gives him the floor, the IsDB delegate asks for a right of reply to his speech, and the chair gives the reply the
 * floor right after it.
 */
class ProtocolOrderIT extends BrowserTest {

    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    ParticipantService participants;

    long roomId;
    long itemId;
    String title;

    @BeforeEach
    void threeRequestsInArrivalOrder() {
        roomId = demo.room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        LiveRoomIT.closeOpenItems(agenda, roomId);
        rank("eco.ilo", DelegationRank.HEAD);
        title = "Protocol " + UUID.randomUUID().toString().substring(0, 6);
        itemId = as("eco.chair.un", () -> {
            var created = agenda.create(roomId, new AgendaItemData(LocalizedText.of(title, title, "البروتوكول"),
                    LocalizedText.empty(), 20, SpeakingLimits.none()));
            return agenda.open(roomId, created.id()).id();
        });
        for (var delegate : List.of("eco.fao", "eco.iofs", "eco.ilo")) {
            as(delegate, () -> floor.requestFloor(roomId, itemId, organisationOf(delegate), FloorKind.STATEMENT));
        }
    }

    @AfterEach
    void backToArrivalOrder() {
        as("eco.chair.un", () -> floor.setOrder(roomId, SpeakerOrder.ARRIVAL));
        LiveRoomIT.closeOpenItems(agenda, roomId);
        rank("eco.ilo", DelegationRank.EXPERT);
    }

    private void rank(String username, DelegationRank rank) {
        asAdmin(() -> {
            var person = participants.get(demo.participant(username));
            var data = person.toData();
            return participants.update(person.id(), person.version(), new org.majlis.meetings.ParticipantData(
                    data.fullName(), data.email(), data.organisationId(), data.positionTitle(), data.username(), rank));
        });
    }

    private long organisationOf(String username) {
        return asAdmin(() -> participants.get(demo.participant(username)).organisationId());
    }

    private Page person(String username, Language language) {
        var person = newSession(language);
        signIn(person, username);
        person.navigate(url("/rooms/" + roomId + "?tab=floor"));
        assertThat(person.locator("#floor-panel")).isVisible();
        waitForVaadin(person);
        return person;
    }

    private static void screenshot(Page on, String name) {
        on.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Paths.get("target", "playwright", "protocol-order-" + name + ".png")));
    }

    @Test
    void the_chair_switches_to_protocol_order_and_gives_a_reply_the_floor_right_after_the_speech_it_answers() {
        signIn("eco.chair.un");
        open("/rooms/" + roomId + "?tab=floor");
        var chair = page;
        var coChair = person("eco.chair.oic", Language.AR);
        var delegate = person("eco.isdb", Language.AR);
        var observer = person("eco.observer", Language.EN);

        var rows = chair.locator("#floor-queue .queue-row");
        assertThat(rows).hasCount(3);
        assertThat(rows.first()).containsText("Jean-Marc Lefèvre"); // FAO asked first
        assertThat(observer.locator("#floor-order")).hasText(text("floor.order.ARRIVAL"));

        // the chair switches: everyone sees protocol order, and the head of the ILO delegation comes first
        chair.locator("#floor-order-switch").click();
        assertThat(observer.locator("#floor-order")).hasText(text("floor.order.PROTOCOL"));
        assertThat(coChair.locator("#floor-order")).hasText(text(Language.AR, "floor.order.PROTOCOL"));
        assertThat(rows.first()).containsText("Peter Hansen");
        assertThat(rows.first().locator(".queue-rank")).hasText(text("rank.HEAD"));
        assertThat(observer.locator("#floor-queue .queue-row").first()).containsText("Peter Hansen");

        // the chair gives him the floor; the IsDB delegate asks for a right of reply to his speech
        chair.locator("#floor-next").click();
        assertThat(delegate.locator("#floor-speaker-name")).containsText("Peter Hansen");
        delegate.locator("#floor-kind").click();
        delegate.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(text(Language.AR, "floor.kind.RIGHT_OF_REPLY"))).click();
        assertThat(delegate.locator("#floor-replies-to")).isVisible();
        assertThat(delegate.locator("#floor-replies-to")).containsText("Peter Hansen");
        screenshot(delegate, "delegate-ar");
        delegate.locator("#floor-request").click();
        assertThat(delegate.locator("#floor-my-status")).isVisible();

        // the reply is in everyone's list, tied to the speech, and the chair can give it the floor at once
        var reply = chair.locator("#floor-queue .queue-row[answers-speaker]");
        assertThat(reply).containsText("Ahmed Youssef");
        assertThat(reply.locator(".queue-reply")).containsText("Peter Hansen");
        assertThat(coChair.locator("#floor-queue .queue-row[answers-speaker] .queue-reply")).containsText("Peter Hansen");
        reply.scrollIntoViewIfNeeded();
        screenshot(chair, "chair-en");
        coChair.locator("#floor-queue .queue-row[answers-speaker]").scrollIntoViewIfNeeded();
        screenshot(coChair, "chair-ar");
        reply.locator(".queue-give").click();
        assertThat(observer.locator("#floor-speaker-name")).containsText("Ahmed Youssef");
        assertThat(observer.locator("#floor-speaker-reply")).containsText("Peter Hansen");
        assertThat(coChair.locator("html")).hasAttribute("dir", "rtl");
        observer.locator("#floor-queue").scrollIntoViewIfNeeded();
        screenshot(observer, "observer-en");
    }
}
