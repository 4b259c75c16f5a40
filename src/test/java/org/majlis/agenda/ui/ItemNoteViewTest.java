package org.majlis.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.LiveRoomViewTest;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.ItemNotes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.LiveRoomFixture.as;

/** The private notes on an item in the Agenda tab: kept by the chairs and rapporteurs, invisible to anyone else. */
class ItemNoteViewTest extends LiveRoomViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    ItemNotes notes;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void setUp() {
        room = LiveRoomFixture.create(context, 1);
        item = room.openItem(agenda, "Food security");
    }

    private void openNotes() {
        var row = $(AgendaRow.class).single();
        test($(Button.class, row).all().stream().filter(b -> b.hasClassName("agenda-notes")).findFirst()
                .orElseThrow(() -> new AssertionError("no notes button"))).click();
    }

    @Test
    void a_chair_writes_notes_on_the_item_and_the_rapporteur_reads_them() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        openNotes();
        test($(TextArea.class).id("item-note-text")).setValue("Call FAO, then SESRIC.");
        test($(Button.class).id("item-note-save")).click();

        assertThat(notifications()).contains("Notes saved");
        assertThat(as(room.rapporteur, () -> notes.note(room.roomId, item.id())).text())
                .isEqualTo("Call FAO, then SESRIC.");
    }

    @Test
    void an_open_note_shows_another_chairs_save_at_once_unless_it_is_being_edited() {
        openRoomAs(room.chair, room.roomId);
        selectTab("Agenda");
        openNotes();
        var text = $(TextArea.class).id("item-note-text");

        as(room.secondChair, () -> notes.save(room.roomId, item.id(), 0, "Second chair's plan"));
        awaitPushUntil(() -> "Second chair's plan".equals(text.getValue()));
        assertThat(text.getValue()).isEqualTo("Second chair's plan");

        test(text).setValue("My own plan");
        var latest = as(room.secondChair, () -> notes.note(room.roomId, item.id()));
        as(room.secondChair, () -> notes.save(room.roomId, item.id(), latest.version(), "Second chair again"));
        awaitPushUntil(() -> $(Paragraph.class).all().stream() // only visible ones are found
                .anyMatch(p -> p.getId().filter("item-note-changed"::equals).isPresent()));
        assertThat(text.getValue()).isEqualTo("My own plan"); // the user's text is kept
        assertThat($(Paragraph.class).id("item-note-changed").isVisible()).isTrue();
        test($(Button.class).id("item-note-save")).click();
        assertThat(notifications()).contains("Someone else saved these notes meanwhile. Nothing was saved; your text"
                + " is still here to copy. Close and reopen the notes to see theirs.");
        assertThat(text.getValue()).isEqualTo("My own plan");
        assertThat(as(room.chair, () -> notes.note(room.roomId, item.id())).text()).isEqualTo("Second chair again");
    }

    /**
     * Pushes are delivered by another thread: on a busy machine one round may not be enough. With a modal dialog open
     * the browserless round trip leaves the UI's access tasks queued, so the session lock is released once here, as
     * the end of a request would.
     */
    private void awaitPushUntil(java.util.function.BooleanSupplier done) {
        for (var i = 0; i < 20 && !done.getAsBoolean(); i++) {
            awaitPush();
            var session = VaadinSession.getCurrent();
            session.unlock();
            session.lock();
        }
    }

    @Test
    void delegates_and_observers_have_no_notes_button() {
        for (var user : new String[] {room.delegate(0), room.observer}) {
            openRoomAs(user, room.roomId);
            selectTab("Agenda");
            assertThat($(Button.class, $(AgendaRow.class).single()).all())
                    .noneMatch(b -> b.hasClassName("agenda-notes"));
            com.vaadin.flow.component.UI.getCurrent().navigate("");
        }
    }
}
