package org.majlis.floor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.majlis.LiveRoomFixture;
import org.majlis.MajlisSpringTest;
import org.majlis.Races;
import org.majlis.agenda.AgendaItemData;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.agenda.AgendaService;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.InvalidInputException;
import org.majlis.base.Language;
import org.majlis.base.LocalizedText;
import org.majlis.base.NotFoundException;
import org.majlis.base.RefusedException;
import org.majlis.floor.internal.TimeBudgets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.majlis.LiveRoomFixture.as;
import static org.majlis.LiveRoomFixture.asAdmin;

/**
 * Budgets per organisation on the real database: the room's chairs and the secretariat set them, for the room or an
 * item of it; nobody else does, not with another room's item either; bad input and stale versions change nothing; a
 * read-only room refuses its chairs; the shared floor carries the budget and each organisation's time used.
 */
@MajlisSpringTest
class TimeBudgetServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agenda;
    @Autowired
    FloorService floor;
    @Autowired
    TimeBudgetService budgets;
    @Autowired
    JdbcTemplate jdbc;

    LiveRoomFixture room;
    AgendaItemSummary item;

    @BeforeEach
    void anOpenItem() {
        room = LiveRoomFixture.create(context, 2);
        item = room.openItem(agenda, "Food security");
    }

    @Test
    void the_chair_sets_the_rooms_budget_the_secretariat_overrides_it_for_an_item_and_everyone_sees_it() {
        var roomBudget = as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(600)));
        assertThat(roomBudget.version()).isPositive();
        assertThat(as(room.delegate(0), () -> floor.state(room.roomId)).budgets())
                .extracting(OrganisationBudgets::budget, OrganisationBudgets::source)
                .containsExactly(Duration.ofMinutes(10), BudgetSource.ROOM);

        asAdmin(() -> budgets.save(room.roomId, item.id(), 0, BudgetChoice.seconds(180)));
        for (var reader : new String[] {room.observer, room.delegate(1), room.secondChair}) {
            assertThat(as(reader, () -> floor.state(room.roomId)).budgets())
                    .extracting(OrganisationBudgets::budget, OrganisationBudgets::source)
                    .containsExactly(Duration.ofMinutes(3), BudgetSource.ITEM);
        }
        var overview = as(room.secondChair, () -> budgets.overview(room.roomId, item.id()));
        assertThat(overview.room().choice()).isEqualTo(BudgetChoice.seconds(600));
        assertThat(overview.item().choice()).isEqualTo(BudgetChoice.seconds(180));
        assertThat(overview.effective()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void no_budget_for_an_item_hides_the_rooms_and_going_back_to_the_rooms_restores_it() {
        as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(300)));
        var none = as(room.chair, () -> budgets.save(room.roomId, item.id(), 0, BudgetChoice.none()));
        assertThat(stateBudget()).isNull();

        as(room.chair, () -> budgets.save(room.roomId, item.id(), none.version(), BudgetChoice.inherit()));
        assertThat(stateBudget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(jdbc.queryForObject("select count(*) from time_budget where agenda_item_id = ?", Long.class,
                item.id())).isZero();
    }

    @Test
    void delegates_observers_rapporteurs_and_another_rooms_chair_are_refused_and_nothing_is_stored() {
        for (var outsider : new String[] {room.delegate(0), room.observer, room.rapporteur, room.otherRoomChair}) {
            assertThatThrownBy(() -> as(outsider, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(60))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider,
                    () -> budgets.save(room.roomId, item.id(), 0, BudgetChoice.seconds(60))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // the other room's chair, through their own room, with this room's item id: not found
        assertThatThrownBy(() -> as(room.otherRoomChair,
                () -> budgets.save(room.otherRoomId, item.id(), 0, BudgetChoice.seconds(60))))
                .isInstanceOf(NotFoundException.class);
        assertThat(storedRows()).isZero();
    }

    @Test
    void a_chair_giving_another_rooms_item_through_their_own_room_finds_nothing() {
        var otherItem = as(room.otherRoomChair, () -> agenda.create(room.otherRoomId, new AgendaItemData(
                LocalizedText.of("Other", null, null), LocalizedText.empty(), 10, SpeakingLimits.none())));

        assertThatThrownBy(() -> as(room.chair,
                () -> budgets.save(room.roomId, otherItem.id(), 0, BudgetChoice.seconds(60))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(room.chair, () -> budgets.overview(room.roomId, otherItem.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from time_budget where room_id = ?", Long.class,
                room.otherRoomId)).isZero();
    }

    @Test
    void negative_zero_absurd_or_missing_budgets_are_refused_with_a_translated_message_and_change_nothing() {
        var saved = as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(240)));
        for (var bad : new Integer[] {-60, 0, TimeBudgets.MAX_SECONDS + 1, Integer.MAX_VALUE, null}) {
            assertThatThrownBy(() -> as(room.chair,
                    () -> budgets.save(room.roomId, null, saved.version(), BudgetChoice.seconds(bad))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.field(), f -> f.messageKey())
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("budget", "budgets.error.range")));
        }
        assertThat(jdbc.queryForObject("select budget_seconds from time_budget where room_id = ?", Integer.class,
                room.roomId)).isEqualTo(240);
    }

    @Test
    void two_chairs_saving_from_the_same_version_the_second_is_told_and_nothing_is_overwritten() {
        var first = as(room.chair, () -> budgets.overview(room.roomId, item.id()));
        var second = as(room.secondChair, () -> budgets.overview(room.roomId, item.id()));
        as(room.chair, () -> budgets.save(room.roomId, item.id(), first.item().version(), BudgetChoice.seconds(120)));

        assertThatThrownBy(() -> as(room.secondChair,
                () -> budgets.save(room.roomId, item.id(), second.item().version(), BudgetChoice.seconds(900))))
                .isInstanceOf(ConcurrentEditException.class);
        var now = as(room.chair, () -> budgets.overview(room.roomId, item.id()));
        assertThatThrownBy(() -> as(room.secondChair,
                () -> budgets.save(room.roomId, item.id(), now.item().version() + 5, BudgetChoice.none())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(stateBudget()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void two_chairs_setting_the_rooms_first_budget_at_the_same_moment_the_second_is_told() throws Exception {
        var outcome = Races.secondWhileFirstUncommitted(context,
                () -> as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(300))),
                () -> as(room.secondChair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(900))));

        assertThat(outcome).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select budget_seconds from time_budget where room_id = ?", Integer.class,
                room.roomId)).isEqualTo(300);
    }

    @Test
    void in_a_closed_room_the_chairs_are_refused_and_the_secretariat_may_still_set_budgets() {
        room.closeRoom();

        assertThatThrownBy(() -> as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(60))))
                .isInstanceOf(RefusedException.class);
        assertThat(storedRows()).isZero();
        asAdmin(() -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(60)));
        assertThat(storedRows()).isOne();
    }

    @Test
    void in_a_past_editions_room_its_chairs_are_refused() {
        var past = LiveRoomFixture.createInPastEdition(context, 1);

        assertThatThrownBy(() -> as(past.chair, () -> budgets.save(past.roomId, null, 0, BudgetChoice.seconds(60))))
                .isInstanceOf(RefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from time_budget where room_id = ?", Long.class,
                past.roomId)).isZero();
    }

    @Test
    void the_floor_counts_each_organisations_ended_interventions_without_their_pauses_and_the_record_reports_it() {
        as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(300)));
        var first = ask(0);
        var other = ask(1);
        as(room.chair, () -> floor.grant(room.roomId, first.id(), null));
        as(room.chair, () -> floor.grant(room.roomId, other.id(), first.id())); // ends the first
        as(room.chair, () -> floor.endIntervention(room.roomId, other.id()));
        var again = ask(0);
        as(room.chair, () -> floor.grant(room.roomId, again.id(), null));
        // what was spoken, fixed: 2:00 for the first, 1:40 with 30 s paused for the other; the third runs on
        spoke(first.id(), 120, 0);
        spoke(other.id(), 100, 30_000);
        jdbc.update("update floor_request set started_at = timestampadd(SECOND, -40, utc_timestamp(6)) where id = ?",
                again.id());

        var state = as(room.delegate(1), () -> floor.state(room.roomId));
        var budgetsNow = state.budgets();
        var fao = room.organisationOf(0);
        assertThat(budgetsNow.spentBefore()).containsEntry(fao, Duration.ofSeconds(120))
                .containsEntry(room.organisationOf(1), Duration.ofSeconds(70));
        assertThat(budgetsNow.used(fao, state.speaker(), state.now())).isBetween(Duration.ofSeconds(158),
                Duration.ofSeconds(175));
        assertThat(budgetsNow.deadline(state.speaker())).isEqualTo(state.speaker().timer().startedAt()
                .plusSeconds(300 - 120));
        assertThat(budgetsNow.organisations()).extracting(OrganisationBudgets.Organisation::id)
                .containsExactly(fao, room.organisationOf(1));

        as(room.chair, () -> floor.endIntervention(room.roomId, again.id()));
        var report = as(room.observer, () -> budgets.report(room.roomId));
        assertThat(report.items()).singleElement().satisfies(i -> {
            assertThat(i.itemId()).isEqualTo(item.id());
            assertThat(i.organisations()).extracting(o -> o.organisationId(), o -> o.interventions())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(fao, 2),
                            org.assertj.core.groups.Tuple.tuple(room.organisationOf(1), 1));
            assertThat(i.organisations().getLast().used()).isEqualTo(Duration.ofSeconds(70));
            assertThat(i.organisations().getFirst().budget()).isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void the_report_as_csv_in_the_readers_language_for_everyone_in_the_room_and_no_one_else() {
        as(room.chair, () -> budgets.save(room.roomId, null, 0, BudgetChoice.seconds(60)));
        var first = ask(0);
        as(room.chair, () -> floor.grant(room.roomId, first.id(), null));
        as(room.chair, () -> floor.endIntervention(room.roomId, first.id()));
        spoke(first.id(), 95, 0);

        var english = new String(as(room.observer, () -> budgets.reportCsv(room.roomId, Language.EN)),
                StandardCharsets.UTF_8);
        assertThat(english.lines().toList()).containsExactly(
                "\uFEFFItem,Title,Organisation,Interventions,Time used,Time used (seconds),Budget",
                item.number() + ",Food security," + organisationName(0) + ",1,1:35,95,1:00",
                ",The whole room," + organisationName(0) + ",1,1:35,95,");
        var arabic = new String(as(room.delegate(1), () -> budgets.reportCsv(room.roomId, Language.AR)),
                StandardCharsets.UTF_8);
        assertThat(arabic).startsWith("\uFEFFالبند,العنوان,المنظمة,المداخلات").contains(",القاعة كلها,");
        assertThatThrownBy(() -> as(room.otherRoomChair, () -> budgets.reportCsv(room.roomId, Language.EN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String organisationName(int delegate) {
        return as(room.chair, () -> floor.state(room.roomId)).budgets().organisations().stream()
                .filter(o -> o.id() == room.organisationOf(delegate)).findFirst().orElseThrow().name().en();
    }

    private FloorRequestSummary ask(int delegate) {
        return as(room.delegate(delegate), () -> floor.requestFloor(room.roomId, item.id(),
                room.organisationOf(delegate), FloorKind.STATEMENT));
    }

    private void spoke(long requestId, int clockSeconds, long pausedMillis) {
        jdbc.update("update floor_request set started_at = timestampadd(SECOND, ?, ended_at), paused_millis = ?"
                + " where id = ?", -clockSeconds, pausedMillis, requestId);
    }

    private Duration stateBudget() {
        return as(room.observer, () -> floor.state(room.roomId)).budgets().budget();
    }

    private long storedRows() {
        return jdbc.queryForObject("select count(*) from time_budget where room_id = ?", Long.class, room.roomId);
    }
}
