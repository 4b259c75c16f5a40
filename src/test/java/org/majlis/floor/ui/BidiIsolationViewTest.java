package org.majlis.floor.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorRequestSummary;
import org.majlis.floor.FloorService;
import org.majlis.floor.StatementData;
import org.majlis.floor.StatementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/**
 * A name stored with U+202E before input was cleaned (written straight into the table here) cannot reorder the rest
 * of its line: in the record, the list of speakers and the written-statements header it sits in its own
 * {@code <bdi dir="auto">} element, and the words after it are separate nodes that follow it in order (ADR 0034).
 */
class BidiIsolationViewTest extends LiveRoomViewTest {

    /** "Eve" then an unterminated RIGHT-TO-LEFT OVERRIDE: rendered inline, it reverses everything after it. */
    static final String SPOOFED_NAME = "Eve\u202E Override";

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    StatementService statements;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomFixture room;
    AgendaItemSummary item;
    FloorRequestSummary request;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 2);
        var created = as(room.chair, () -> agenda.create(room.roomId, new AgendaItemData(
                LocalizedText.of("Trade", null, null), LocalizedText.empty(), 30, SpeakingLimits.none())));
        item = as(room.chair, () -> agenda.open(room.roomId, created.id()));
        request = as(room.delegate(0), () -> floor.requestFloor(room.roomId, item.id(), room.organisationOf(0),
                FloorKind.STATEMENT));
        as(room.delegate(0), () -> statements.submit(room.roomId, request.id(), StatementService.NO_STATEMENT,
                new StatementData(LocalizedText.of("Our statement", null, null), null, null, false)));
        // as if saved before the cleaning rule: the override is in the stored name
        jdbc.update("UPDATE floor_request SET speaker_name = ? WHERE id = ?", SPOOFED_NAME, request.id());
        jdbc.update("UPDATE participant SET full_name = ? WHERE id = ?", SPOOFED_NAME,
                room.delegateParticipants.getFirst());
    }

    /** The element's children as "text" or "<bdi dir=auto>text</bdi>", in document order. */
    private static List<String> nodes(Element element) {
        return IntStream.range(0, element.getChildCount()).mapToObj(element::getChild).map(child -> child.isTextNode()
                ? child.getText()
                : "<" + child.getTag() + (child.hasAttribute("dir") ? " dir=" + child.getAttribute("dir") : "") + ">"
                + child.getTextRecursively() + "</" + child.getTag() + ">").toList();
    }

    @Test
    void in_the_record_the_name_is_isolated_and_the_words_after_it_keep_their_order() {
        as(room.chair, () -> floor.grantNext(room.roomId, item.id(), null));
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");
        $(Details.class).id("floor-record").setOpened(true);

        var line = $(Div.class).all().stream().filter(d -> d.hasClassName("record-line")).findFirst().orElseThrow();
        var parts = line.getElement().getChildren().toList();
        var speaker = parts.get(2);
        var organisation = request.organisation().en();
        assertThat(nodes(speaker)).containsExactly("<bdi dir=auto>" + organisation + "</bdi>", " — ",
                "<bdi dir=auto>" + SPOOFED_NAME + "</bdi>");
        assertThat(parts.subList(3, parts.size())).extracting(Element::getTextRecursively)
                .startsWith(" · ", "Statement", " · ").contains("written statement");
    }

    @Test
    void in_the_list_of_speakers_the_name_is_isolated_from_the_kind_and_the_waiting_time() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Floor");

        var row = $(QueueRow.class).first();
        var speaker = row.getElement().getChildren().filter(e -> e.getClassList().contains("queue-speaker"))
                .findFirst().orElseThrow();
        assertThat(nodes(speaker)).contains("<bdi dir=auto>" + SPOOFED_NAME + "</bdi>");
        var after = row.getElement().getChildren().dropWhile(e -> !e.equals(speaker)).skip(1).findFirst().orElseThrow();
        assertThat(after.getTextRecursively()).isEqualTo("Statement");
    }

    @Test
    void in_the_written_statements_header_the_name_is_isolated_and_kind_and_time_follow_it() {
        openRoomAs(room.rapporteur, room.roomId);
        selectTab("Floor");
        $(Details.class).id("floor-statements").setOpened(true);

        var who = $(Div.class).all().stream().filter(d -> d.hasClassName("statement-who")).findFirst().orElseThrow();
        var parts = who.getElement().getChildren().toList();
        assertThat(nodes(parts.getFirst())).containsExactly("<bdi dir=auto>" + request.organisation().en()
                + "</bdi>", " — ", "<bdi dir=auto>" + SPOOFED_NAME + "</bdi>");
        assertThat(parts.subList(1, parts.size())).extracting(Element::getTextRecursively)
                .startsWith(" · ", "Statement", " · ");
    }

    @Test
    void in_the_people_of_the_room_each_name_is_its_own_direction_isolated_element() {
        openRoomAs(room.chair, room.roomId);

        var member = $(Div.class).all().stream().filter(d -> d.hasClassName("member"))
                .filter(d -> d.getElement().getTextRecursively().contains(SPOOFED_NAME)).findFirst().orElseThrow();
        var name = member.getElement().getChild(0);
        assertThat(name.getTag()).isEqualTo("span");
        assertThat(name.getAttribute("dir")).isEqualTo("auto");
        assertThat(name.getText()).isEqualTo(SPOOFED_NAME);
    }
}
