package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.majlis.base.LocalizedText;
import org.majlis.floor.internal.TimeBudgets;
import org.majlis.floor.internal.TimeBudgets.Setting;
import org.majlis.meetings.RoomKind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets per organisation on a fixed clock: used and left, pauses excluded, which level applies, amber and red. */
class OrganisationBudgetsTest {

    static final Instant START = Instant.parse("2024-07-23T09:00:00Z");
    static final long FAO = 11;
    static final long IOFS = 12;

    @Test
    void time_used_is_the_sum_of_the_organisations_ended_interventions_with_their_pauses_left_out() {
        var requests = List.of(
                spoke(1, FAO, START, 120, 0),                   // 2:00
                spoke(2, IOFS, START.plusSeconds(200), 90, 0),  // 1:30 for another organisation
                spoke(3, FAO, START.plusSeconds(400), 100, 30)); // 1:40 on the clock, 30 s of it paused: 1:10

        var spent = TimeBudgets.spentBefore(requests);

        assertThat(spent).containsEntry(FAO, Duration.ofSeconds(190)).containsEntry(IOFS, Duration.ofSeconds(90));
    }

    @Test
    void the_speakers_running_time_counts_for_their_organisation_and_a_pause_stops_it() {
        var budgets = budgets(Duration.ofMinutes(5), Map.of(FAO, Duration.ofSeconds(190)));
        var speaking = speaking(4, FAO, START, null, 0);
        var now = Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC).instant();

        assertThat(budgets.used(FAO, speaking, now)).isEqualTo(Duration.ofSeconds(250));
        assertThat(budgets.left(FAO, speaking, now)).isEqualTo(Duration.ofSeconds(50));
        assertThat(budgets.used(IOFS, speaking, now)).isZero();
        assertThat(budgets.left(IOFS, speaking, now)).isEqualTo(Duration.ofMinutes(5));

        // paused at 09:00:30: the organisation's time stands still however long the pause lasts
        var paused = speaking(4, FAO, START, START.plusSeconds(30), 0);
        assertThat(budgets.used(FAO, paused, START.plusSeconds(600))).isEqualTo(Duration.ofSeconds(220));
        // resumed after a 40 s pause: the deadline moves on by the pause
        var resumed = speaking(4, FAO, START, null, 40_000);
        assertThat(budgets.used(FAO, resumed, START.plusSeconds(100))).isEqualTo(Duration.ofSeconds(250));
        assertThat(budgets.deadline(resumed)).isEqualTo(START.plusSeconds(40 + 300 - 190));
    }

    @Test
    void the_countdown_turns_amber_near_the_end_of_the_budget_and_red_past_it() {
        var budgets = budgets(Duration.ofMinutes(5), Map.of(FAO, Duration.ofSeconds(200)));
        var speaker = speaking(5, FAO, START, null, 0); // 100 s left when the intervention starts

        assertThat(budgets.level(FAO, speaker, START.plusSeconds(39))).isEqualTo(BudgetLevel.OK);   // 61 s left
        assertThat(budgets.level(FAO, speaker, START.plusSeconds(40))).isEqualTo(BudgetLevel.NEAR); // 60 s left
        assertThat(budgets.level(FAO, speaker, START.plusSeconds(100))).isEqualTo(BudgetLevel.NEAR); // 0 left
        assertThat(budgets.level(FAO, speaker, START.plusSeconds(101))).isEqualTo(BudgetLevel.OVER);
        assertThat(budgets.left(FAO, speaker, START.plusSeconds(130))).isEqualTo(Duration.ofSeconds(-30));
        assertThat(budgets.deadline(speaker)).isEqualTo(START.plusSeconds(100));
        assertThat(OrganisationBudgets.NONE.level(FAO, speaker, START.plusSeconds(9999))).isEqualTo(BudgetLevel.NONE);
    }

    @Test
    void a_short_budget_warns_in_its_last_quarter_only() {
        var budgets = budgets(Duration.ofMinutes(2), Map.of());
        assertThat(budgets.warningFor()).isEqualTo(Duration.ofSeconds(30));
        var speaker = speaking(6, FAO, START, null, 0);
        assertThat(budgets.level(FAO, speaker, START.plusSeconds(89))).isEqualTo(BudgetLevel.OK);
        assertThat(budgets.level(FAO, speaker, START.plusSeconds(90))).isEqualTo(BudgetLevel.NEAR);
    }

    @Test
    void the_items_own_budget_overrides_the_rooms_which_overrides_the_settings_default() {
        var room = Optional.of(new Setting(600));
        var item = Optional.of(new Setting(180));
        var defaults = Duration.ofMinutes(7);

        assertThat(TimeBudgets.resolve(item, room, defaults))
                .isEqualTo(new TimeBudgets.Resolved(Duration.ofSeconds(180), BudgetSource.ITEM));
        assertThat(TimeBudgets.resolve(Optional.empty(), room, defaults))
                .isEqualTo(new TimeBudgets.Resolved(Duration.ofSeconds(600), BudgetSource.ROOM));
        assertThat(TimeBudgets.resolve(Optional.empty(), Optional.empty(), defaults))
                .isEqualTo(new TimeBudgets.Resolved(defaults, BudgetSource.SETTINGS));
        assertThat(TimeBudgets.resolve(Optional.empty(), Optional.empty(), null).budget()).isNull();
        // "no budget" set for the item stops the search: the room's budget does not apply to it
        assertThat(TimeBudgets.resolve(Optional.of(new Setting(null)), room, defaults))
                .isEqualTo(new TimeBudgets.Resolved(null, BudgetSource.NONE));
        assertThat(TimeBudgets.resolve(Optional.empty(), Optional.of(new Setting(null)), defaults).budget()).isNull();
    }

    @Test
    void the_settings_give_a_default_per_kind_of_room_and_zero_there_means_none() {
        var settings = new TimeBudgetSettings(Duration.ofMinutes(5),
                Map.of(RoomKind.PLENARY, Duration.ZERO, RoomKind.POLITICAL, Duration.ofMinutes(8)), null);

        assertThat(settings.defaultFor(RoomKind.POLITICAL)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.defaultFor(RoomKind.ECONOMIC_SCIENTIFIC)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.defaultFor(RoomKind.PLENARY)).isNull();
        assertThat(new TimeBudgetSettings(null, null, null).defaultFor(RoomKind.POLITICAL)).isNull();
        assertThat(settings.warningOrDefault()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void budgets_that_are_not_positive_or_longer_than_a_day_session_are_refused() {
        assertThat(TimeBudgets.valid(null)).isTrue();
        assertThat(TimeBudgets.valid(1)).isTrue();
        assertThat(TimeBudgets.valid(TimeBudgets.MAX_SECONDS)).isTrue();
        assertThat(TimeBudgets.valid(0)).isFalse();
        assertThat(TimeBudgets.valid(-60)).isFalse();
        assertThat(TimeBudgets.valid(TimeBudgets.MAX_SECONDS + 1)).isFalse();
    }

    @Test
    void the_report_sums_time_per_organisation_per_item_and_for_the_room_and_flags_a_budget_overrun() {
        var record = List.of(
                spoke(1, FAO, START, 120, 0), spoke(2, IOFS, START.plusSeconds(200), 90, 0),
                spoke(3, FAO, START.plusSeconds(400), 100, 30),
                onItem(2, spoke(4, IOFS, START.plusSeconds(900), 50, 0)),
                onItem(2, speaking(5, FAO, START.plusSeconds(1000), null, 0)));

        var report = OrganisationTimeReport.of(record, START.plusSeconds(1020), Map.of(1L, Duration.ofSeconds(180)));

        assertThat(report.items()).hasSize(2);
        var first = report.items().getFirst();
        assertThat(first.organisations()).extracting(o -> o.organisationId(), o -> o.used(), o -> o.interventions(),
                        o -> o.over())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FAO, Duration.ofSeconds(190), 2, true),
                        org.assertj.core.groups.Tuple.tuple(IOFS, Duration.ofSeconds(90), 1, false));
        assertThat(report.items().get(1).organisations()).extracting(o -> o.used())
                .containsExactly(Duration.ofSeconds(50), Duration.ofSeconds(20)); // the running one up to now
        assertThat(report.room()).extracting(o -> o.organisationId(), o -> o.used())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FAO, Duration.ofSeconds(210)),
                        org.assertj.core.groups.Tuple.tuple(IOFS, Duration.ofSeconds(140)));
    }

    private static OrganisationBudgets budgets(Duration budget, Map<Long, Duration> spent) {
        return new OrganisationBudgets(budget, BudgetSource.ROOM, Duration.ofSeconds(60), spent, List.of());
    }

    /** An intervention that ran {@code clockSeconds} from {@code start}, of which {@code pausedSeconds} paused. */
    static FloorRequestSummary spoke(long id, long organisationId, Instant start, int clockSeconds, int pausedSeconds) {
        var timer = new SpeakingTimer(start, 300, 0, start.plusSeconds(clockSeconds), null, pausedSeconds * 1000L);
        return summary(id, organisationId, FloorRequestStatus.SPOKE, timer, 1);
    }

    static FloorRequestSummary speaking(long id, long organisationId, Instant start, @Nullable Instant pausedAt,
                                        long pausedMillis) {
        var timer = new SpeakingTimer(start, 300, 0, null, pausedAt, pausedMillis);
        return summary(id, organisationId, FloorRequestStatus.SPEAKING, timer, 1);
    }

    private static FloorRequestSummary onItem(long itemId, FloorRequestSummary r) {
        return summary(r.id(), r.organisationId(), r.status(), r.timer(), itemId);
    }

    private static FloorRequestSummary summary(long id, long organisationId, FloorRequestStatus status,
                                               SpeakingTimer timer, long itemId) {
        return new FloorRequestSummary(id, 0, 1, itemId, 100 + id, "Speaker " + id, organisationId,
                LocalizedText.of("Org " + organisationId, null, null), FloorKind.STATEMENT, status, 0,
                timer.startedAt(), timer.startedAt(), null, timer, false, null,
                org.majlis.meetings.OrganisationFamily.MEMBER_STATE.defaultPrecedence(),
                org.majlis.meetings.DelegationRank.EXPERT);
    }
}
