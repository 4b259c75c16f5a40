package org.majlis.agenda;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.NotFoundException;
import org.majlis.base.RefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * The chairs' and rapporteurs' private notes on an item: only they read and write them, within their own room;
 * a concurrent save is refused, not overwritten; bad input changes nothing; a read-only room's notes are read-only.
 */
@MajlisSpringTest
class ItemNotesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ItemNotes notes;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void anItem() {
        room = LiveRoomFixture.create(context, 1);
        item = room.openItem(agenda, "Food security");
    }

    @Test
    void a_chair_writes_a_note_that_the_other_chair_and_the_rapporteur_read() {
        var saved = as(room.chair, () -> notes.save(room.roomId, item.id(), 0, "  Call FAO first, then SESRIC. "));

        assertThat(saved.text()).isEqualTo("Call FAO first, then SESRIC.");
        assertThat(saved.updatedBy()).isEqualTo("Person " + room.chair);
        for (var reader : new String[] {room.secondChair, room.rapporteur}) {
            assertThat(as(reader, () -> notes.note(room.roomId, item.id())).text())
                    .isEqualTo("Call FAO first, then SESRIC.");
        }
        var edited = as(room.rapporteur, () -> notes.save(room.roomId, item.id(), saved.version(), "Call IOFS too."));
        assertThat(as(room.chair, () -> notes.note(room.roomId, item.id())))
                .extracting(ItemNote::text, ItemNote::updatedBy)
                .containsExactly("Call IOFS too.", "Person " + room.rapporteur);
        assertThat(edited.version()).isGreaterThan(saved.version());
    }

    @Test
    void delegates_observers_and_the_secretariat_without_a_role_in_the_room_neither_read_nor_write_notes() {
        as(room.chair, () -> notes.save(room.roomId, item.id(), 0, "Secret plan"));

        for (var outsider : new String[] {room.delegate(0), room.observer, room.otherRoomChair}) {
            assertThatThrownBy(() -> as(outsider, () -> notes.note(room.roomId, item.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> notes.save(room.roomId, item.id(), 1, "Mine now")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> asAdmin(() -> notes.note(room.roomId, item.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(noteText()).isEqualTo("Secret plan");
    }

    @Test
    void an_item_of_another_room_is_not_found_through_the_chairs_own_room() {
        var otherItem = as(room.otherRoomChair, () -> agenda.create(room.otherRoomId, new AgendaItemData(
                org.majlis.base.LocalizedText.of("Other", null, null), org.majlis.base.LocalizedText.empty(), 10,
                SpeakingLimits.none())));

        // the chair's own room id with the other room's item: not found
        assertThatThrownBy(() -> as(room.chair, () -> notes.note(room.roomId, otherItem.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(room.chair, () -> notes.save(room.roomId, otherItem.id(), 0, "Forged")))
                .isInstanceOf(NotFoundException.class);
        // the other room's id: not their room
        assertThatThrownBy(() -> as(room.chair, () -> notes.save(room.otherRoomId, otherItem.id(), 0, "Forged")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from item_note where agenda_item_id = ?", Long.class,
                otherItem.id())).isZero();
    }

    @Test
    void two_chairs_saving_from_the_same_version_the_second_is_refused_and_nothing_is_overwritten() {
        var first = as(room.chair, () -> notes.note(room.roomId, item.id()));
        var second = as(room.secondChair, () -> notes.note(room.roomId, item.id()));
        as(room.chair, () -> notes.save(room.roomId, item.id(), first.version(), "Chair one's plan"));

        assertThatThrownBy(() -> as(room.secondChair,
                () -> notes.save(room.roomId, item.id(), second.version(), "Chair two's plan")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(noteText()).isEqualTo("Chair one's plan");
    }

    @Test
    void a_note_too_long_is_refused_with_the_field_and_changes_nothing() {
        var saved = as(room.chair, () -> notes.save(room.roomId, item.id(), 0, "Short"));

        assertThatThrownBy(() -> as(room.chair,
                () -> notes.save(room.roomId, item.id(), saved.version(), "x".repeat(ItemNotes.TEXT_MAX + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("text"));
        assertThat(noteText()).isEqualTo("Short");
    }

    @Test
    void in_a_closed_room_the_chairs_read_their_notes_but_cannot_change_them() {
        as(room.chair, () -> notes.save(room.roomId, item.id(), 0, "Before closing"));
        room.closeRoom();

        var note = as(room.chair, () -> notes.note(room.roomId, item.id()));
        assertThat(note.text()).isEqualTo("Before closing");
        assertThatThrownBy(() -> as(room.chair, () -> notes.save(room.roomId, item.id(), note.version(), "After")))
                .isInstanceOf(RefusedException.class);
        assertThat(noteText()).isEqualTo("Before closing");
    }

    private String noteText() {
        return jdbc.queryForObject("select text from item_note where agenda_item_id = ?", String.class, item.id());
    }
}
