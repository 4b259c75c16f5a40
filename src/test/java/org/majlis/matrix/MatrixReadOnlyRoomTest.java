package org.majlis.matrix;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.majlis.DemoIds;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.Refusals;
import org.majlis.meetings.ReadOnlyReason;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomKind;
import org.majlis.meetings.RoomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.matrix.MatrixFixtures.as;
import static org.majlis.matrix.MatrixFixtures.uniqueCode;
import static org.majlis.Refusals.keyOf;

/**
 * A closed room's matrix, and a past edition's, is read-only for everyone but the secretariat: drafting, editing,
 * the workflow, comments, amendments and restoring are refused with the reason and change nothing. The review of the
 * previous edition's matrix is done from the new edition's rooms and keeps working while the old rooms are read-only.
 */
@MajlisSpringTest
class MatrixReadOnlyRoomTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixHistoryService history;
    @Autowired
    MatrixReviewService review;
    @Autowired
    RoomService rooms;
    @Autowired
    RoomAccess access;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MatrixFixtures fx;

    /** The room's matrix as stored: entries, revisions and comments. */
    private List<Object> matrixRows(long roomId) {
        return List.of(
                jdbc.queryForList("SELECT * FROM matrix_entry WHERE room_id = ? ORDER BY id", roomId),
                jdbc.queryForList("SELECT v.* FROM matrix_revision v JOIN matrix_entry e ON e.id = v.entry_id"
                        + " WHERE e.room_id = ? ORDER BY v.id", roomId),
                jdbc.queryForList("SELECT c.* FROM matrix_comment c JOIN matrix_entry e ON e.id = c.entry_id"
                        + " WHERE e.room_id = ? ORDER BY c.id", roomId));
    }

    /** Review reports and carried-over entries of the Astana room for its Geneva entries. */
    private List<Object> reviewRows(long roomId) {
        return List.of(jdbc.queryForList("SELECT * FROM matrix_review_report ORDER BY id"),
                jdbc.queryForList("SELECT * FROM matrix_entry WHERE room_id = ? ORDER BY id", roomId));
    }

    private static void refusedFor(String person, String key, Map<String, ThrowingCallable> changes) {
        changes.forEach((name, change) -> assertThat(keyOf(() -> as(person, () -> {
            Refusals.run(change);
            return null;
        }))).as(person + ": " + name).isEqualTo(key));
    }

    private EntryDetails draft(LiveRoomFixture room) {
        return as(room.rapporteur, () -> matrix.draft(room.roomId, fx.foodSecurity(uniqueCode()), null));
    }

    private EntryDetails submitted(LiveRoomFixture room) {
        var draft = draft(room);
        return as(room.rapporteur, () -> matrix.submit(draft.entry().id(), draft.entry().version()));
    }

    @Test
    void in_a_closed_room_no_one_but_the_secretariat_changes_the_matrix_and_a_refused_change_changes_nothing() {
        var room = LiveRoomFixture.create(context, 1);
        var drafted = draft(room);
        var edited = as(room.rapporteur, () -> matrix.update(drafted.entry().id(), drafted.entry().version(),
                EntryField.DESCRIPTION_EN.set(drafted.entry().data(), "Reserves in Chad and Niger"), null));
        var underReview = submitted(room);
        var amended = as(room.delegate(0), () -> matrix.proposeAmendment(underReview.entry().id(),
                EntryField.TITLE_EN, "Food security reserves in the Sahel", null));
        var amendment = amended.comments().getLast().id();
        var toAdopt = submitted(room);
        var adopted = as(room.chair, () -> matrix.adopt(toAdopt.entry().id(), toAdopt.entry().version()));
        room.closeRoom();
        var before = matrixRows(room.roomId);

        var id = edited.entry().id();
        var version = edited.entry().version();
        var rapporteur = new LinkedHashMap<String, ThrowingCallable>();
        rapporteur.put("draft", () -> matrix.draft(room.roomId, fx.foodSecurity(uniqueCode()), null));
        rapporteur.put("edit", () -> matrix.update(id, version, EntryField.TITLE_EN.set(edited.entry().data(),
                "Renamed"), null));
        rapporteur.put("merge", () -> matrix.saveMerged(id, version, edited.entry().data(), null));
        rapporteur.put("submit", () -> matrix.submit(id, version));
        rapporteur.put("withdraw", () -> matrix.withdraw(id, version));
        rapporteur.put("comment", () -> matrix.comment(id, "A note"));
        rapporteur.put("restore", () -> history.restore(id, version, 1));
        rapporteur.put("apply an amendment", () -> matrix.applyAmendment(amendment, underReview.entry().version()));
        refusedFor(room.rapporteur, "room.refused.closed", rapporteur);

        var reviewed = underReview.entry();
        var chair = new LinkedHashMap<String, ThrowingCallable>();
        chair.put("adopt", () -> matrix.adopt(reviewed.id(), reviewed.version()));
        chair.put("return", () -> matrix.returnToDrafting(reviewed.id(), reviewed.version(), "Add indicators"));
        chair.put("withdraw", () -> matrix.withdraw(reviewed.id(), reviewed.version()));
        chair.put("reopen", () -> matrix.reopen(adopted.entry().id(), adopted.entry().version(), null));
        chair.put("comment", () -> matrix.comment(reviewed.id(), "Agreed"));
        refusedFor(room.chair, "room.refused.closed", chair);

        var delegate = new LinkedHashMap<String, ThrowingCallable>();
        delegate.put("comment", () -> matrix.comment(reviewed.id(), "We support it"));
        delegate.put("amend", () -> matrix.proposeAmendment(reviewed.id(), EntryField.TITLE_FR, "Réserves", null));
        refusedFor(room.delegate(0), "room.refused.closed", delegate);

        assertThat(matrixRows(room.roomId)).isEqualTo(before);
        // everyone reads it, and is offered nothing to do
        for (var person : List.of(room.rapporteur, room.chair, room.delegate(0), room.observer)) {
            var seen = as(person, () -> matrix.roomMatrix(room.roomId, EntryFilter.all()));
            assertThat(seen.entries()).hasSize(3);
            assertThat(seen.mayDraft() || seen.mayPropose()).as(person).isFalse();
            for (var entry : seen.entries()) {
                assertThat(as(person, () -> matrix.get(entry.id())).may()).as(person)
                        .isEqualTo(EntryPermissions.none());
            }
        }
        assertThat(as(room.observer, () -> history.revisions(id))).hasSize(2);
    }

    @Test
    void the_secretariat_still_acts_in_a_closed_room_and_reopening_gives_the_matrix_back_to_its_people() {
        var room = LiveRoomFixture.create(context, 1);
        var underReview = submitted(room);
        room.closeRoom();

        var adopted = as("admin", () -> matrix.adopt(underReview.entry().id(), underReview.entry().version()));
        assertThat(adopted.entry().status()).isEqualTo(EntryStatus.ADOPTED);
        assertThat(adopted.may().reopen()).isTrue();

        room.reopenRoom("The rapporteur finishes the matrix");
        var drafted = draft(room);
        assertThat(drafted.may().edit()).isTrue();
        assertThat(as(room.rapporteur, () -> matrix.roomMatrix(room.roomId, EntryFilter.all())).mayDraft()).isTrue();
    }

    @Test
    void genevas_rapporteur_can_no_longer_draft_edit_comment_or_restore_in_geneva() {
        var geneva = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = uniqueCode();
        var imported = as("admin", () -> matrix.importAdopted(geneva, fx.foodSecurity(code).withTimeframe(null, null),
                null));
        var entry = imported.entry();
        var before = matrixRows(geneva);

        var changes = new LinkedHashMap<String, ThrowingCallable>();
        changes.put("draft", () -> matrix.draft(geneva, fx.foodSecurity(uniqueCode()).withTimeframe(null, null),
                null));
        changes.put("edit", () -> matrix.update(entry.id(), entry.version(),
                EntryField.DESCRIPTION_EN.set(entry.data(), "Corrected afterwards"), null));
        changes.put("comment", () -> matrix.comment(entry.id(), "A late remark"));
        // (withdrawing is not tried: an adopted entry is withdrawn by no one, a rapporteur withdraws only drafts)
        changes.put("restore", () -> history.restore(entry.id(), entry.version(), 1));
        // eco.chair.oic was the Economic room's rapporteur in Geneva (and chairs it in Astana)
        refusedFor("eco.chair.oic", "room.refused.past-edition", changes);

        assertThat(matrixRows(geneva)).isEqualTo(before);
        assertThat(as("eco.chair.oic", () -> matrix.roomMatrix(geneva, EntryFilter.all())).mayDraft()).isFalse();
        assertThat(as("eco.chair.oic", () -> matrix.get(entry.id())).may()).isEqualTo(EntryPermissions.none());
        // the secretariat still may (a chair's comment)
        assertThat(as("admin", () -> matrix.comment(entry.id(), "Imported from the Word version")).comments())
                .hasSize(1);
    }

    @Test
    void the_review_of_genevas_matrix_works_from_astana_while_geneva_is_read_only() {
        var geneva = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var eco = fx.astanaEco();
        var code = uniqueCode();
        as("admin", () -> matrix.importAdopted(geneva, fx.foodSecurity(code).withTimeframe(null, null), null));
        assertThat(access.readOnlyReason(geneva)).contains(ReadOnlyReason.PAST_EDITION);

        var under = reviewed("eco.iofs", eco, code);
        assertThat(under.mayReport()).isTrue();
        as("eco.iofs", () -> {
            review.report(eco, under.entry().id(), under.reviewVersion(),
                    new ReviewReport(ImplementationStatus.ONGOING, 40, "Reserves half built"));
            return null;
        });
        assertThat(reviewed("eco.chair.un", eco, code).progress()).isEqualTo(40);
        assertThat(reviewed("eco.rapporteur", eco, code).mayCarryOver()).isTrue();
        var carried = as("eco.rapporteur", () -> review.carryOver(eco, under.entry().id()));
        assertThat(carried.entry().status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(carried.may().edit()).isTrue();
        assertThat(reviewed("eco.chair.un", eco, code).carriedOverCode()).isEqualTo(carried.entry().data().code());
    }

    @Test
    void closing_the_reviewing_room_stops_its_review_with_the_reason_and_reopening_resumes_it() {
        var geneva = fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC);
        var eco = new DemoIds(jdbc).room(16, RoomKind.ECONOMIC_SCIENTIFIC);
        var code = uniqueCode();
        as("admin", () -> matrix.importAdopted(geneva, fx.foodSecurity(code).withTimeframe(null, null), null));
        var under = reviewed("eco.iofs", eco, code);
        var astana = as("admin", () -> rooms.details(eco)).room();
        as("admin", () -> rooms.close(eco, astana.version()));
        try {
            var before = reviewRows(eco);
            refusedFor("eco.iofs", "room.refused.closed", Map.of("report", () -> review.report(eco,
                    under.entry().id(), under.reviewVersion(), new ReviewReport(ImplementationStatus.COMPLETED, 100,
                            null))));
            refusedFor("eco.rapporteur", "room.refused.closed", Map.of("carry over", () ->
                    review.carryOver(eco, under.entry().id())));
            assertThat(reviewRows(eco)).isEqualTo(before);
            assertThat(reviewed("eco.iofs", eco, code).mayReport()).isFalse();
            assertThat(reviewed("eco.rapporteur", eco, code).mayCarryOver()).isFalse();
        } finally {
            as("admin", () -> rooms.reopen(eco, as("admin", () -> rooms.details(eco)).room().version(),
                    "Back to the review"));
        }
        assertThat(reviewed("eco.iofs", eco, code).mayReport()).isTrue();
        as("eco.iofs", () -> {
            review.report(eco, under.entry().id(), under.reviewVersion(),
                    new ReviewReport(ImplementationStatus.COMPLETED, 100, null));
            return null;
        });
        assertThat(reviewed("eco.chair.un", eco, code).status()).isEqualTo(ImplementationStatus.COMPLETED);
    }

    private ReviewSummary reviewed(String user, long room, String code) {
        return as(user, () -> review.review(room)).entries().stream()
                .filter(r -> code.equals(r.entry().data().code())).findFirst().orElseThrow();
    }
}
