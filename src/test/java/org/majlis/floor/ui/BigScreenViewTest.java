package org.majlis.floor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.BrowserlessViewTest;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.base.ui.LiveClock;
import org.majlis.floor.BigScreenService;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.floor.ScreenLinkSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/**
 * The big screen in the browserless harness: opened by its link without signing in, it shows the item, the speaker
 * with the countdown and the next speakers in the language of its address, follows the chair's actions live, and
 * shows nothing of the room once its link is revoked or when the link is unknown. The chairs' dialog makes, lists and
 * revokes links; others do not see its button.
 */
class BigScreenViewTest extends LiveRoomViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    BigScreenService screens;

    LiveRoomFixture room;

    @BeforeEach
    void aRoom() {
        room = LiveRoomFixture.create(context, 4);
    }

    @AfterEach
    void closeTheScreen() {
        UI.getCurrent().removeAll(); // the screen detaches and stops following the room
    }

    @Test
    void the_screen_shows_the_item_the_speaker_and_the_next_three_and_follows_the_chair_live() {
        var item = openItem();
        for (var i = 0; i < 4; i++) {
            ask(item, i, i == 2 ? FloorKind.QUESTION : FloorKind.STATEMENT);
        }
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var token = as(room.chair, () -> screens.create(room.roomId)).token();

        openScreen(token, "en");

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(text("screen-item-number")).isEqualTo("Item 1");
        assertThat(read($(H1.class).id("screen-item").getElement().getTextRecursively())).isEqualTo("Food security");
        assertThat(text("screen-speaker-name")).endsWith("Person " + room.delegate(0));
        assertThat(text("screen-speaker-kind")).isEqualTo("Statement");
        assertThat($(LiveClock.class).id("screen-countdown").mode()).isEqualTo("down");
        assertNext(new int[] {1, 2, 3}, "Statement", "Question", "Statement");

        var speaker = speaker();
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), speaker));
        awaitPush();

        assertThat(text("screen-speaker-name")).endsWith("Person " + room.delegate(1));
        assertNext(new int[] {2, 3}, "Question", "Statement");

        var next = speaker();
        as(room.chair, () -> floor.pause(room.roomId, next));
        awaitPush();
        assertThat($(LiveClock.class).id("screen-countdown").mode()).isEqualTo("fixed");
        assertThat($(Span.class).id("screen-paused").isVisible()).isTrue();
        assertThat(text("screen-paused")).isEqualTo("Paused");
    }

    @Test
    void with_no_item_or_no_speaker_the_screen_says_so() {
        var token = as(room.chair, () -> screens.create(room.roomId)).token();
        openScreen(token, "en");
        assertThat($(Paragraph.class).id("screen-no-item").isVisible()).isTrue();
        assertThat(read($(Paragraph.class).id("screen-no-item").getText())).isEqualTo("No item under discussion");

        openItem();
        awaitPush();

        assertThat($(Paragraph.class).withId("screen-no-item").exists()).isFalse();
        assertThat(read($(H1.class).id("screen-item").getElement().getTextRecursively())).isEqualTo("Food security");
        assertThat(speakerLabel()).isEqualTo("The floor is free");
        assertThat(read($(Paragraph.class).id("screen-nobody-next").getText()))
                .isEqualTo("No one else has asked for the floor");
    }

    @Test
    void in_arabic_the_screen_is_right_to_left_and_the_item_title_in_arabic() {
        var item = openItem();
        ask(item, 0, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var token = as(room.chair, () -> screens.create(room.roomId)).token();

        openScreen(token, "ar");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(read($(H1.class).id("screen-item").getElement().getTextRecursively())).isEqualTo("الأمن الغذائي");
        assertThat(text("screen-item-number")).isEqualTo("البند 1");
        assertThat(text("screen-speaker-kind")).isEqualTo("كلمة");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(BigScreenView.POLL_SECONDS * 1000);
        assertThat(UI.getCurrent().getReconnectDialogConfiguration().getReconnectAttempts())
                .isEqualTo(BigScreenView.RECONNECT_ATTEMPTS);
    }

    @Test
    void a_revoked_link_stops_showing_the_room_at_once_and_an_unknown_one_never_shows_it() {
        var item = openItem();
        ask(item, 0, FloorKind.STATEMENT);
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        var link = as(room.chair, () -> screens.create(room.roomId));
        openScreen(link.token(), "en");
        assertThat(view().showsRoom()).isTrue();

        as(room.secondChair, () -> screens.revoke(room.roomId, link.summary().id()));
        awaitPush();

        assertThat(view().showsRoom()).isFalse();
        assertThat($(Paragraph.class).id("screen-refused").isVisible()).isTrue();
        // taken out of the page, not only hidden; nothing to follow any more
        assertThat(view().getElement().getTextRecursively()).doesNotContain("Person ", "Food security");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        UI.getCurrent().removeAll();

        openScreen("A".repeat(43), "en");
        assertThat(view().showsRoom()).isFalse();
        assertThat(read($(Paragraph.class).id("screen-refused").getText()))
                .startsWith("This big-screen link does not work");
        assertThat($(ListItem.class).all()).isEmpty();
    }

    @Test
    void a_chair_makes_a_link_in_the_dialog_sees_it_listed_and_revokes_it_after_confirming() {
        openRoomAs(room.chair, room.roomId);
        test($(Button.class).id("screen-links-open")).click();
        test($(Button.class).id("screen-link-create")).click();

        var address = $(TextField.class).id("screen-link-address").getValue();
        @SuppressWarnings("unchecked")
        Grid<ScreenLinkSummary> grid = $(Grid.class).id("screen-links-grid");
        var listed = rows(grid);
        assertThat(listed).singleElement().satisfies(link -> assertThat(address).contains("screen/" + link.prefix()));
        var token = address.substring(address.indexOf("screen/") + "screen/".length());
        assertThat(as(room.chair, () -> screens.show(token))).isPresent();

        test((Button) test(grid).getCellComponent(0, "revoke")).click();
        test($(ConfirmDialog.class).id("confirm-revoke-screen-link")).confirm();

        assertThat(rows(grid)).isEmpty();
        assertThat(screens.show(token)).isEmpty();
    }

    @Test
    void delegates_observers_and_rapporteurs_see_no_big_screen_button() {
        for (var person : new String[] {room.delegate(0), room.observer, room.rapporteur}) {
            openRoomAs(person, room.roomId);
            assertThat($(Button.class).all()).as(person)
                    .noneMatch(b -> b.getId().filter("screen-links-open"::equals).isPresent());
        }
    }

    private AgendaItemSummary openItem() {
        var created = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Food security", "Sécurité alimentaire", "الأمن الغذائي"), LocalizedText.empty(),
                30, SpeakingLimits.none())));
        return as(room.chair, () -> agenda.open(room.roomId, created.id()));
    }

    private void ask(AgendaItemSummary item, int delegate, FloorKind kind) {
        as(room.delegate(delegate),
                () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(delegate), kind));
    }

    private void openScreen(String token, String language) {
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate(BigScreenView.route(token, null), QueryParameters.of(BigScreenView.LANG, language));
    }

    private BigScreenView view() {
        return $(BigScreenView.class).single();
    }

    private String text(String id) {
        return read($(Span.class).id(id).getElement().getTextRecursively());
    }

    private String speakerLabel() {
        return text("screen-speaker-label");
    }

    private long speaker() {
        return as(room.chair, () -> floor.state(room.roomId)).speakerId();
    }

    /** The next speakers in order: each with their name and, after it, the kind of their request. */
    private void assertNext(int[] delegates, String... kinds) {
        var rows = $(ListItem.class).all().stream().map(li -> read(li.getElement().getTextRecursively())).toList();
        assertThat(rows).hasSize(delegates.length);
        for (var i = 0; i < delegates.length; i++) {
            assertThat(rows.get(i)).contains("Person " + room.delegate(delegates[i])).endsWith(kinds[i]);
        }
    }

    private static String read(String text) {
        return BrowserlessViewTest.read(text);
    }

    private <T> java.util.List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
