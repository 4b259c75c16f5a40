package org.majlis.meetings;

import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.Races;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.LocalizedText;
import org.majlis.base.Phrase;
import org.majlis.base.RefusedException;
import org.majlis.floor.FloorKind;
import org.majlis.floor.FloorService;
import org.majlis.matrix.EntryData;
import org.majlis.matrix.MatrixFixtures;
import org.majlis.matrix.MatrixService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * A participant or an organisation that other records refer to is not deleted: the secretariat is told what refers
 * to it (translated, with counts), nothing changes, and a reference that appears during the delete is refused the
 * same way instead of ending in a foreign-key error.
 */
@MajlisSpringTest
class RecordsInUseTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ParticipantService participants;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    MatrixService matrix;
    @Autowired
    MatrixFixtures fx;
    @Autowired
    List<RecordUses> uses;
    @Autowired
    JdbcTemplate jdbc;

    /** The refusal as "key: name [use: n, …]" in the order of its arguments. */
    private static String describe(RefusedException refusal) {
        return refusal.messageKey() + ": " + Arrays.stream(refusal.args()).map(RecordsInUseTest::describe).toList();
    }

    private static String describe(Object arg) {
        if (arg instanceof Phrase phrase) {
            return phrase.key() + " " + Arrays.toString(phrase.args());
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(RecordsInUseTest::describe).toList().toString();
        }
        if (arg instanceof LocalizedText text) {
            return text.in(java.util.Locale.ENGLISH);
        }
        return String.valueOf(arg);
    }

    private RefusedException refusalOf(Runnable delete) {
        var refusal = catchThrowableOfType(RefusedException.class, delete::run);
        assertThat(refusal).as("the delete is refused").isNotNull();
        return refusal;
    }

    @Test
    void a_delegate_who_asked_for_the_floor_is_kept_with_their_room_roles_and_the_refusal_counts_the_requests() {
        var room = LiveRoomFixture.create(context, 1);
        as(room.chair, () -> {
            var item = agenda.create(room.roomId, new AgendaItemData(LocalizedText.of("Trade", null, null),
                    LocalizedText.empty(), 20, SpeakingLimits.none()));
            agenda.open(room.roomId, item.id());
        });
        var itemId = as(room.chair, () -> agenda.currentItem(room.roomId).orElseThrow().id());
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, itemId, room.organisationOf(0),
                FloorKind.STATEMENT));
        var id = room.delegateParticipants.getFirst();
        var before = asAdmin(() -> participants.get(id));

        var refusal = refusalOf(() -> asAdmin(() -> {
            participants.delete(id, before.version());
            return null;
        }));

        assertThat(describe(refusal)).isEqualTo("admin.participants.in-use: [Person " + room.delegate(0)
                + ", [admin.in-use.floor-requests [1]]]");
        assertThat(asAdmin(() -> participants.get(id))).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM room_assignment WHERE participant_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void a_delegate_who_proposed_a_matrix_entry_is_kept_and_the_refusal_says_so() {
        var username = "t" + UUID.randomUUID().toString().substring(0, 8) + ".fao";
        var eco = fx.astanaEco();
        var person = asAdmin(() -> {
            var created = participants.create(new ParticipantData("Proposer " + username, username + "@test.example",
                    fx.org("FAO"), null, username));
            var edition = jdbc.queryForObject("SELECT edition_id FROM room WHERE id = ?", Long.class, eco);
            return participants.assign(created.id(), created.version(), edition,
                    List.of(new RoomAssignment(eco, RoomRole.DELEGATE)));
        });
        MatrixFixtures.as(username, () -> matrix.draft(eco, fx.foodSecurity(MatrixFixtures.uniqueCode()), null));

        var refusal = refusalOf(() -> asAdmin(() -> {
            participants.delete(person.id(), person.version());
            return null;
        }));

        assertThat(describe(refusal)).isEqualTo("admin.participants.in-use: [Proposer " + username
                + ", [admin.in-use.proposed-entries [1]]]");
        assertThat(asAdmin(() -> participants.get(person.id()))).isEqualTo(person);
    }

    @Test
    void an_organisation_that_leads_or_partners_an_entry_is_kept_and_the_refusal_names_the_use() {
        var tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var lead = asAdmin(() -> organisations.create(new OrganisationData(OrganisationFamily.OIC,
                LocalizedText.of("Test OIC Institute " + tag, null, null), LocalizedText.of("TOI" + tag, null, null),
                null)));
        var partner = asAdmin(() -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Test Partner " + tag, null, null), LocalizedText.empty(), null)));
        var base = fx.foodSecurity(MatrixFixtures.uniqueCode());
        var data = new EntryData(base.code(), base.title(), base.description(), base.leadUnId(), lead.id(),
                List.of(partner.id()), base.beneficiaries(), null, null, base.expectedResults(), base.indicators(),
                base.sdgs(), base.oicAreaIds(), null, null);
        MatrixFixtures.as("admin", () -> matrix.importAdopted(fx.room(15, RoomKind.ECONOMIC_SCIENTIFIC), data, null));

        assertThat(describe(refusalOf(() -> asAdmin(() -> {
            organisations.delete(lead.id(), lead.version());
            return null;
        })))).isEqualTo("admin.organisations.in-use: [Test OIC Institute " + tag
                + ", [admin.in-use.led-entries [1]]]");
        assertThat(describe(refusalOf(() -> asAdmin(() -> {
            organisations.delete(partner.id(), partner.version());
            return null;
        })))).isEqualTo("admin.organisations.in-use: [Test Partner " + tag
                + ", [admin.in-use.partner-entries [1]]]");
        assertThat(asAdmin(() -> organisations.get(lead.id()))).isEqualTo(lead);
        assertThat(asAdmin(() -> organisations.get(partner.id()))).isEqualTo(partner);
    }

    @Test
    void floor_requests_and_beneficiary_entries_count_as_uses_of_an_organisation() {
        var room = LiveRoomFixture.create(context, 1);
        as(room.chair, () -> {
            var item = agenda.create(room.roomId, new AgendaItemData(LocalizedText.of("Trade", null, null),
                    LocalizedText.empty(), 20, SpeakingLimits.none()));
            agenda.open(room.roomId, item.id());
        });
        var itemId = as(room.chair, () -> agenda.currentItem(room.roomId).orElseThrow().id());
        as(room.delegate(0), () -> floor.requestFloor(room.roomId, itemId, room.organisationOf(0),
                FloorKind.QUESTION));
        var state = asAdmin(() -> organisations.get(room.organisationOf(0)));
        var chad = asAdmin(() -> organisations.get(fx.org("TD")));
        MatrixFixtures.as("eco.rapporteur", () -> matrix.draft(fx.astanaEco(),
                fx.foodSecurity(MatrixFixtures.uniqueCode()), null));

        var stateUses = uses.stream().flatMap(u -> u.ofOrganisation(state.id(), state.countryCode()).stream())
                .map(RecordsInUseTest::describe).toList();
        var chadUses = uses.stream().flatMap(u -> u.ofOrganisation(chad.id(), chad.countryCode()).stream())
                .map(phrase -> phrase.key()).toList();
        assertThat(stateUses).anyMatch(use -> use.startsWith("admin.in-use.floor-requests ["));
        assertThat(chadUses).contains("admin.in-use.beneficiary-entries");
    }

    @Test
    void an_organisation_someone_refers_to_while_it_is_being_deleted_is_kept_and_the_refusal_is_translated()
            throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var doomed = asAdmin(() -> organisations.create(new OrganisationData(OrganisationFamily.OTHER,
                LocalizedText.of("Raced Body " + tag, null, null), LocalizedText.empty(), null)));

        var refusal = deleteWhileReferenced(
                () -> jdbc.update("INSERT INTO participant (full_name, email, organisation_id) VALUES (?, ?, ?)",
                        "Late Registrant " + tag, "late." + tag + "@test.example", doomed.id()),
                () -> organisations.delete(doomed.id(), doomed.version()));

        assertThat(describe(refusal)).isEqualTo("admin.in-use.now: [Raced Body " + tag + "]");
        assertThat(asAdmin(() -> organisations.get(doomed.id()))).isEqualTo(doomed);
    }

    @Test
    void a_participant_who_asks_for_the_floor_while_being_deleted_is_kept_and_the_refusal_is_translated()
            throws Exception {
        var room = LiveRoomFixture.create(context, 1);
        var id = room.delegateParticipants.getFirst();
        var before = asAdmin(() -> participants.get(id));

        var refusal = deleteWhileReferenced(
                () -> jdbc.update("INSERT INTO floor_request (room_id, agenda_item_id, participant_id, speaker_name,"
                                + " organisation_id, kind, status, requested_at) VALUES (?, 0, ?, ?, ?, 'STATEMENT',"
                                + " 'WITHDRAWN', NOW(6))", room.roomId, id, before.fullName(),
                        room.organisationOf(0)),
                () -> participants.delete(id, before.version()));

        assertThat(describe(refusal)).isEqualTo("admin.in-use.now: [" + before.fullName() + "]");
        assertThat(asAdmin(() -> participants.get(id))).isEqualTo(before);
    }

    /**
     * Inserts a row that refers to the record in a transaction left open, starts the secretariat's delete (its checks
     * cannot see the uncommitted row) until it waits for that row's lock, commits the row, and returns how the
     * delete was refused.
     */
    private RefusedException deleteWhileReferenced(Runnable reference, Runnable delete) throws Exception {
        var outcome = Races.secondWhileFirstUncommitted(context, () -> {
            reference.run();
            return null;
        }, () -> asAdmin(() -> {
            delete.run();
            return null;
        }));
        assertThat(outcome).isInstanceOf(RefusedException.class);
        return (RefusedException) outcome;
    }
}
