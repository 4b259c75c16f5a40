package org.majlis.matrix.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomViewTest;
import org.majlis.base.live.RoomUpdates;
import org.majlis.matrix.EntryField;
import org.majlis.matrix.EntrySummary;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;

/** The Matrix tab follows the room live: what others change reaches an open tab without reloading. */
class MatrixTabLiveTest extends LiveRoomViewTest {

    @Autowired
    MatrixService matrix;
    @Autowired
    RoomUpdates updates;

    @Autowired
    MatrixFixtures fx;
    long eco;

    @BeforeEach
    void room() {
        eco = fx.astanaEco();
    }

    @SuppressWarnings("unchecked")
    private List<EntrySummary> rows() {
        var tester = test((Grid<EntrySummary>) $(Grid.class).id("matrix-grid"));
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private long drafts() {
        var text = $(Span.class).id("matrix-count-DRAFT").getText();
        return Long.parseLong(text.substring(text.lastIndexOf(' ') + 1));
    }

    @Test
    void an_observer_sees_the_rapporteurs_new_entry_and_its_edit_without_reloading() {
        openRoomAs("eco.observer", eco);
        selectTab("Matrix");
        var draftsBefore = drafts();
        var code = MatrixFixtures.uniqueCode();

        var drafted = as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        awaitPush();
        assertThat(rows()).extracting(e -> e.data().code()).contains(code);
        assertThat(drafts()).isEqualTo(draftsBefore + 1);

        as("eco.rapporteur", () -> matrix.update(drafted.entry().id(), drafted.entry().version(),
                EntryField.TITLE_EN.set(drafted.entry().data(), "Renamed while the observer watches"), null));
        awaitPush();
        assertThat(rows()).filteredOn(e -> e.id() == drafted.entry().id()).singleElement()
                .satisfies(e -> assertThat(e.data().title().en()).isEqualTo("Renamed while the observer watches"));
    }

    @Test
    void a_participant_who_switches_to_the_matrix_after_others_drafted_sees_the_new_entry_and_the_new_counts() {
        openRoomAs("eco.observer", eco);
        selectTab("Matrix");
        var draftsBefore = drafts();
        selectTab("Agenda"); // the room page stays open on another tab
        var code = MatrixFixtures.uniqueCode();

        as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        awaitPush();
        selectTab("Matrix");

        assertThat(rows()).extracting(e -> e.data().code()).contains(code);
        assertThat(drafts()).isEqualTo(draftsBefore + 1);
    }

    @Test
    void a_participant_who_opens_the_matrix_for_the_first_time_after_others_drafted_sees_the_new_entry() {
        openRoomAs("eco.observer", eco); // the page opens on its first tab; the Matrix tab is built, not shown
        var code = MatrixFixtures.uniqueCode();

        as("eco.rapporteur", () -> matrix.draft(eco, fx.foodSecurity(code), null));
        awaitPush();
        selectTab("Matrix");

        assertThat(rows()).extracting(e -> e.data().code()).contains(code);
    }

    @Test
    void leaving_the_room_stops_its_matrix_from_listening() {
        var before = updates.subscriberCount(eco);
        openRoomAs("eco.observer", eco);
        selectTab("Matrix");
        assertThat(updates.subscriberCount(eco)).isGreaterThan(before);
        UI.getCurrent().navigate("");
        roundTrip();
        assertThat(updates.subscriberCount(eco)).isEqualTo(before);
    }
}
